package dev.rituals.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import dev.rituals.db.Database;
import dev.rituals.db.Vendor;
import dev.rituals.db.testing.TestDatabases;
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

/** The V30 tables and the store's SQL, on both databases the app runs on. */
class ConversationReferenceStoreTest {
  private static final String TENANT = "tenant-1";
  private static final String GENERAL = "19:general@thread.tacv2";
  private Database database;

  @AfterEach
  void close() {
    if (database != null) {
      database.close();
    }
  }

  private ConversationReferenceStore store(Vendor vendor) {
    database = TestDatabases.of(vendor);
    Clock clock = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);
    return new ConversationReferenceStore(database.dsl(), TeamsModule.json(), clock);
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void savedReferenceReadsBackAndIsReplacedNotDuplicated(Vendor vendor) {
    ConversationReferenceStore store = store(vendor);

    store.saveConversation(TENANT, "channel", GENERAL, reference(GENERAL, "https://a.example/"));
    store.saveConversation(TENANT, "channel", GENERAL, reference(GENERAL, "https://b.example/"));

    Optional<ConversationReference> found = store.findConversation(TENANT, GENERAL);
    assertThat(found).isPresent();
    assertThat(found.get().getServiceUrl()).isEqualTo("https://b.example/");
    assertThat(found.get().getBot().getId()).isEqualTo("28:bot");
    assertThat(found.get().getConversation().getTenantId()).isEqualTo(TENANT);
    assertThat(store.channelsOfTeam(TENANT, GENERAL)).containsExactly(GENERAL);
    assertThat(store.findConversation("other-tenant", GENERAL)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void greetingIsClaimedOnlyOncePerConversation(Vendor vendor) {
    ConversationReferenceStore store = store(vendor);
    store.saveConversation(TENANT, "channel", GENERAL, reference(GENERAL, "https://a.example/"));

    assertThat(store.markGreeted(TENANT, GENERAL)).isTrue();
    store.saveConversation(TENANT, "channel", GENERAL, reference(GENERAL, "https://a.example/"));
    assertThat(store.markGreeted(TENANT, GENERAL)).isFalse();
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void personalChatsAreKeptPerPerson(Vendor vendor) {
    ConversationReferenceStore store = store(vendor);

    store.savePersonal(TENANT, "29:alice", reference("a:one", "https://a.example/"));
    store.savePersonal(TENANT, "29:alice", reference("a:two", "https://a.example/"));

    assertThat(store.findPersonal(TENANT, "29:alice").map(r -> r.getConversation().getId()))
        .contains("a:two");
    assertThat(store.findPersonal(TENANT, "29:bob")).isEmpty();
    assertThat(store.anyInTenant(TENANT)).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void forgettingATeamForgetsAllItsChannels(Vendor vendor) {
    ConversationReferenceStore store = store(vendor);
    store.saveConversation(TENANT, "channel", GENERAL, reference(GENERAL, "https://a.example/"));
    store.saveConversation(
        TENANT, "channel", GENERAL, reference("19:other@thread.tacv2", "https://a.example/"));

    store.forget(TENANT, GENERAL, Optional.of(GENERAL));

    assertThat(store.findAnyInTenant(TENANT)).isEmpty();
    assertThat(store.anyInTenant(TENANT)).isFalse();
  }

  /** Teams sends installationUpdate and conversationUpdate for one install at the same moment. */
  @ParameterizedTest
  @EnumSource(Vendor.class)
  void simultaneousSavesOfOneConversationLeaveOneRowAndNoError(Vendor vendor) throws Exception {
    ConversationReferenceStore store = store(vendor);
    int threads = 8;
    for (int round = 0; round < 20; round++) {
      String conversation = "19:race" + round + "@thread.tacv2";
      String user = "29:racer" + round;
      CyclicBarrier start = new CyclicBarrier(threads);
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<?>> saves = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          saves.add(
              pool.submit(
                  () -> {
                    start.await();
                    store.saveConversation(
                        TENANT, "channel", GENERAL, reference(conversation, "https://a.example/"));
                    store.savePersonal(TENANT, user, reference("a:" + user, "https://a.example/"));
                    return null;
                  }));
        }
        for (Future<?> save : saves) {
          save.get(30, TimeUnit.SECONDS); // rethrows any failure of a save
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(store.findConversation(TENANT, conversation)).isPresent();
      assertThat(store.findPersonal(TENANT, user)).isPresent();
    }
    assertThat(store.channelsOfTeam(TENANT, GENERAL)).hasSize(20);
  }

  private static ConversationReference reference(String conversationId, String serviceUrl) {
    ConversationReference reference = new ConversationReference();
    ConversationAccount conversation = new ConversationAccount(conversationId);
    conversation.setTenantId(TENANT);
    conversation.setConversationType("channel");
    reference.setConversation(conversation);
    reference.setBot(new ChannelAccount("28:bot", "Rituals"));
    reference.setChannelId("msteams");
    reference.setServiceUrl(serviceUrl);
    return reference;
  }
}
