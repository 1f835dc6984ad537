package dev.rituals.teams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.db.Database;
import dev.rituals.db.Vendor;
import dev.rituals.db.testing.TestDatabases;
import dev.rituals.teams.TenantAdminStore.Removal;
import dev.rituals.teams.TenantAdminStore.StoredAdmin;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The V31 tables and the admin store's SQL, on both databases the app runs on. */
class TenantAdminStoreTest {
  private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
  private Database database;

  @AfterEach
  void close() {
    if (database != null) {
      database.close();
    }
  }

  private TenantAdminStore store(Vendor vendor) {
    database = TestDatabases.of(vendor);
    return new TenantAdminStore(database.dsl(), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void theFirstInstallerIsRecordedOnceAndBecomesAdmin(Vendor vendor) {
    TenantAdminStore store = store(vendor);

    assertThat(store.recordFirstInstaller("t1", "aad-ana", "Ana")).isTrue();
    assertThat(store.recordFirstInstaller("t1", "aad-ben", "Ben")).isFalse();

    assertThat(store.installer("t1")).contains("aad-ana");
    assertThat(store.isAdmin("t1", "aad-ana")).isTrue();
    assertThat(store.isAdmin("t1", "aad-ben")).isFalse();
    assertThat(store.list("t1"))
        .containsExactly(new StoredAdmin("aad-ana", Optional.of("Ana"), Optional.empty(), NOW));
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void anInstallerRemovedStaysRemovedWhenTheyInstallAgain(Vendor vendor) {
    TenantAdminStore store = store(vendor);
    store.recordFirstInstaller("t1", "aad-ana", "Ana");
    store.add("t1", "aad-ben", "Ben", "aad-ana");

    assertThat(store.remove("t1", "aad-ana", false)).isEqualTo(Removal.REMOVED);
    assertThat(store.recordFirstInstaller("t1", "aad-ana", "Ana")).isFalse();

    assertThat(store.isAdmin("t1", "aad-ana")).isFalse();
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void adminsAreKeptPerTenant(Vendor vendor) {
    TenantAdminStore store = store(vendor);
    store.recordFirstInstaller("t1", "aad-ana", "Ana");
    store.recordFirstInstaller("t2", "aad-zoe", "Zoe");

    assertThat(store.add("t2", "aad-ana", "Ana", "aad-zoe")).isTrue();
    assertThat(store.remove("t2", "aad-ana", false)).isEqualTo(Removal.REMOVED);

    // t2 granting and removing Ana never touched her row in t1
    assertThat(store.isAdmin("t1", "aad-ana")).isTrue();
    assertThat(store.isAdmin("t1", "aad-zoe")).isFalse();
    assertThat(store.list("t1")).extracting(StoredAdmin::aadObjectId).containsExactly("aad-ana");
    assertThat(store.remove("t2", "aad-ana", false)).isEqualTo(Removal.NOT_AN_ADMIN);
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void addingAnAdminTwiceKeepsTheFirstEntry(Vendor vendor) {
    TenantAdminStore store = store(vendor);
    assertThat(store.add("t1", "aad-ben", "Ben", "aad-ana")).isTrue();
    assertThat(store.add("t1", "aad-ben", "Benjamin", "aad-cy")).isFalse();

    assertThat(store.list("t1"))
        .containsExactly(
            new StoredAdmin("aad-ben", Optional.of("Ben"), Optional.of("aad-ana"), NOW));
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void theLastAdminIsKeptUnlessTheConfigurationNamesSomeone(Vendor vendor) {
    TenantAdminStore store = store(vendor);
    store.recordFirstInstaller("t1", "aad-ana", "Ana");

    assertThat(store.remove("t1", "aad-ana", false)).isEqualTo(Removal.LAST_ADMIN);
    assertThat(store.isAdmin("t1", "aad-ana")).isTrue();

    assertThat(store.remove("t1", "aad-ana", true)).isEqualTo(Removal.REMOVED);
    assertThat(store.list("t1")).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void aVeryLongNameIsCutToTheColumnNotRefused(Vendor vendor) {
    TenantAdminStore store = store(vendor);
    assertThat(store.add("t1", "aad-ben", "B".repeat(400), "aad-ana")).isTrue();
    assertThat(store.list("t1").get(0).displayName().orElseThrow()).hasSize(256);
  }

  /** Two admins removing each other at the same moment: one of them must stay. */
  @ParameterizedTest
  @EnumSource(Vendor.class)
  void twoAdminsRemovingEachOtherAtOnceLeaveOne(Vendor vendor) throws Exception {
    TenantAdminStore store = store(vendor);
    store.recordFirstInstaller("t1", "aad-ana", "Ana");
    store.add("t1", "aad-ben", "Ben", "aad-ana");
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Removal>> results = new ArrayList<>();
      for (String target : List.of("aad-ana", "aad-ben")) {
        results.add(
            pool.submit(
                () -> {
                  start.await(5, TimeUnit.SECONDS);
                  return store.remove("t1", target, false);
                }));
      }
      List<Removal> outcomes = new ArrayList<>();
      for (Future<Removal> result : results) {
        outcomes.add(result.get(20, TimeUnit.SECONDS));
      }
      assertThat(outcomes).containsExactlyInAnyOrder(Removal.REMOVED, Removal.LAST_ADMIN);
      assertThat(store.list("t1")).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Teams sends conversationUpdate and installationUpdate for one install at the same moment. */
  @ParameterizedTest
  @EnumSource(Vendor.class)
  void twoInstallsAtOnceRecordOneInstaller(Vendor vendor) throws Exception {
    TenantAdminStore store = store(vendor);
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (String who : List.of("aad-ana", "aad-ben")) {
        results.add(
            pool.submit(
                () -> {
                  start.await(5, TimeUnit.SECONDS);
                  return store.recordFirstInstaller("t1", who, who);
                }));
      }
      List<Boolean> recorded = new ArrayList<>();
      for (Future<Boolean> result : results) {
        recorded.add(result.get(20, TimeUnit.SECONDS));
      }
      assertThat(recorded).containsExactlyInAnyOrder(true, false);
      String installer = store.installer("t1").orElseThrow();
      assertThat(store.list("t1")).extracting(StoredAdmin::aadObjectId).containsExactly(installer);
    } finally {
      pool.shutdownNow();
    }
  }
}
