package dev.rituals.db;

import static dev.rituals.db.Fixtures.SLACK_T1;
import static dev.rituals.db.Fixtures.SLACK_T2;
import static dev.rituals.db.Fixtures.T0;
import static dev.rituals.db.Fixtures.TEAMS_T1;
import static dev.rituals.db.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rituals.core.model.Installation;
import dev.rituals.core.model.PairingRole;
import dev.rituals.core.model.Profile;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Installations, profiles and the inbound event log: everything keyed by tenant or person. */
abstract class TenantRepositoriesContract extends DatabaseContract {

  @Test
  void installationRoundTripsAndSavingAgainReplacesIt() {
    Installation installation = new Installation(SLACK_T1, "Teachers", "U0BOT", T0, true);
    repositories.installations().save(installation);
    Installation renamed = new Installation(SLACK_T1, "Teachers' CoP", "U1BOT", T0, true);
    repositories.installations().save(renamed);

    assertThat(repositories.installations().find(SLACK_T1)).contains(renamed);
  }

  @Test
  void installationWithoutBotUserRoundTrips() {
    Installation installation = new Installation(TEAMS_T1, "School", null, T0, true);
    repositories.installations().save(installation);

    assertThat(repositories.installations().find(TEAMS_T1)).contains(installation);
  }

  @Test
  void installationIsOnlyFoundInItsOwnPlatformAndTenant() {
    repositories.installations().save(new Installation(SLACK_T1, "Slack T1", "U0", T0, true));

    assertThat(repositories.installations().find(TEAMS_T1)).isEmpty();
    assertThat(repositories.installations().find(SLACK_T2)).isEmpty();
  }

  @Test
  void disablingKeepsTheInstallationButMarksItDisabled() {
    Installation installation = new Installation(SLACK_T1, "Teachers", "U0", T0, true);
    repositories.installations().save(installation);
    repositories.installations().save(new Installation(SLACK_T2, "Other", "U0", T0, true));

    repositories.installations().disable(SLACK_T1);

    assertThat(repositories.installations().find(SLACK_T1)).contains(installation.disabled());
    assertThat(repositories.installations().find(SLACK_T2).orElseThrow().enabled()).isTrue();
  }

  @Test
  void fullProfileRoundTrips() {
    Profile profile =
        new Profile(
            user(SLACK_T1, "U1"),
            Set.of(PairingRole.MENTOR, PairingRole.PEER),
            Set.of("maths", "physics, advanced"),
            Set.of("K-2", "9-12"),
            "Lycée \"Victor Hugo\"",
            12,
            3,
            Optional.of(ZoneId.of("America/New_York")),
            Set.of("project-based learning"),
            Set.of(user(SLACK_T1, "U2"), user(TEAMS_T1, "29:abc")),
            Optional.of(LocalDate.of(2025, 4, 1)),
            true);

    repositories.profiles().save(profile);

    assertThat(repositories.profiles().find(profile.user())).contains(profile);
  }

  @Test
  void emptyProfileRoundTripsAndSavingAgainReplacesIt() {
    Profile empty = Profile.empty(user(SLACK_T1, "U1"));
    repositories.profiles().save(empty);
    assertThat(repositories.profiles().find(empty.user())).contains(empty);

    Profile withoutRoles =
        new Profile(
            empty.user(),
            Set.of(),
            Set.of("art"),
            Set.of(),
            "",
            0,
            0,
            Optional.empty(),
            Set.of(),
            Set.of(),
            Optional.empty(),
            true);
    repositories.profiles().save(withoutRoles);

    assertThat(repositories.profiles().find(empty.user())).contains(withoutRoles);
  }

  @Test
  void profileOfTheSameUserIdInAnotherTenantIsSomeoneElse() {
    repositories.profiles().save(Profile.empty(user(SLACK_T1, "U1")));

    assertThat(repositories.profiles().find(user(SLACK_T2, "U1"))).isEmpty();
    assertThat(repositories.profiles().find(user(TEAMS_T1, "U1"))).isEmpty();
  }

  @Test
  void eventIsFirstSeenOnceThenDuplicate() {
    assertThat(repositories.inboundEvents().firstTime(SLACK_T1, "Ev01", T0)).isTrue();
    assertThat(repositories.inboundEvents().firstTime(SLACK_T1, "Ev01", T0.plusSeconds(5)))
        .isFalse();
  }

  @Test
  void sameEventIdInAnotherTenantOrPlatformIsAnotherEvent() {
    repositories.inboundEvents().firstTime(SLACK_T1, "Ev01", T0);

    assertThat(repositories.inboundEvents().firstTime(SLACK_T2, "Ev01", T0)).isTrue();
    assertThat(repositories.inboundEvents().firstTime(TEAMS_T1, "Ev01", T0)).isTrue();
  }

  @Test
  void duplicateEventInsideATransactionDoesNotBreakTheTransaction() {
    boolean second =
        database
            .transactions()
            .inTransaction(
                () -> {
                  repositories.inboundEvents().firstTime(SLACK_T1, "Ev01", T0);
                  boolean again = repositories.inboundEvents().firstTime(SLACK_T1, "Ev01", T0);
                  // PostgreSQL aborts a transaction after a failed statement; this must not fail.
                  repositories.inboundEvents().firstTime(SLACK_T1, "Ev02", T0);
                  return again;
                });

    assertThat(second).isFalse();
    assertThat(repositories.inboundEvents().firstTime(SLACK_T1, "Ev02", T0)).isFalse();
  }

  @Test
  void redeliveryArrivingWhileTheFirstDeliveryIsStillInItsTransactionIsADuplicate()
      throws Exception {
    CountDownLatch firstRecorded = new CountDownLatch(1);
    CountDownLatch secondStarted = new CountDownLatch(1);
    CompletableFuture<Boolean> first =
        CompletableFuture.supplyAsync(
            () ->
                database
                    .transactions()
                    .inTransaction(
                        () -> {
                          boolean seen =
                              repositories.inboundEvents().firstTime(SLACK_T1, "Ev1", T0);
                          firstRecorded.countDown();
                          await(secondStarted);
                          LockWaits.awaitSomeoneWaitingForALock(database);
                          return seen;
                        }));
    await(firstRecorded);
    CompletableFuture<Boolean> retry =
        CompletableFuture.supplyAsync(
            () -> {
              secondStarted.countDown();
              return repositories.inboundEvents().firstTime(SLACK_T1, "Ev1", T0.plusSeconds(3));
            });

    assertThat(first.get(20, TimeUnit.SECONDS)).isTrue();
    assertThat(retry.get(20, TimeUnit.SECONDS)).isFalse();
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(20, TimeUnit.SECONDS)) {
        throw new IllegalStateException("timed out waiting for the other delivery");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void blankOrHugeEventIdIsRejected() {
    assertThatThrownBy(() -> repositories.inboundEvents().firstTime(SLACK_T1, " ", T0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("eventId must not be blank");
    assertThatThrownBy(() -> repositories.inboundEvents().firstTime(SLACK_T1, "x".repeat(401), T0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("eventId is longer than 400");
  }
}
