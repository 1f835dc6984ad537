package dev.rituals.db;

import static dev.rituals.db.Fixtures.SLACK_T1;
import static dev.rituals.db.Fixtures.T0;
import static dev.rituals.db.Fixtures.TEAMS_T1;
import static dev.rituals.db.Fixtures.channel;
import static dev.rituals.db.Fixtures.community;
import static dev.rituals.db.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rituals.core.model.Community;
import dev.rituals.core.model.OutboxMessage;
import dev.rituals.core.model.PairRecord;
import dev.rituals.core.model.PairResponse;
import dev.rituals.core.model.PairingRitual;
import dev.rituals.core.model.UserRef;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

abstract class PairingContract extends DatabaseContract {
  static final UserRef ANN = user(SLACK_T1, "U1");
  static final UserRef BEN = user(SLACK_T1, "U2");
  static final UserRef CAL = user(TEAMS_T1, "29:cal");

  Community saved() {
    Community c = community("Science", SLACK_T1, channel(SLACK_T1, "C1"));
    repositories.communities().save(c);
    return c;
  }

  PairRecord group(Community c, UUID round, int daysLater, UserRef... members) {
    return new PairRecord(
        UUID.randomUUID(),
        round,
        c.id(),
        "PEER",
        LocalDate.of(2025, 3, 7).plusDays(daysLater),
        T0.plus(Duration.ofDays(daysLater)),
        List.of(members),
        java.util.Arrays.stream(members).map(UserRef::userId).toList(),
        "both teach science; different schools",
        12.5,
        Map.of());
  }

  @Test
  void aRitualIsStoredPerCommunityAndKindAndReplacedWhenScheduledAgain() {
    Community c = saved();
    var pairings = repositories.ports().pairings();
    pairings.saveRitual(
        new PairingRitual(c.id(), "PEER", 1, 2, DayOfWeek.MONDAY, LocalTime.of(9, 0), 7, true));
    PairingRitual again =
        new PairingRitual(c.id(), "PEER", 2, 3, DayOfWeek.WEDNESDAY, LocalTime.of(15, 30), 5, true);
    pairings.saveRitual(again);
    PairingRitual mentoring =
        new PairingRitual(
            c.id(), "MENTORING", 4, 2, DayOfWeek.FRIDAY, LocalTime.of(8, 0), 10, false);
    pairings.saveRitual(mentoring);

    assertThat(pairings.findRitual(c.id(), "PEER")).contains(again);
    assertThat(pairings.findRitual(c.id(), "MENTORING")).contains(mentoring);
    assertThat(pairings.allRituals()).containsExactlyInAnyOrder(again, mentoring);
  }

  @Test
  void roundsReadBackInOrderWithMembersNamesAndAnswers() {
    Community c = saved();
    var pairings = repositories.ports().pairings();
    PairRecord first = group(c, UUID.randomUUID(), 0, ANN, BEN);
    UUID second = UUID.randomUUID();
    PairRecord trio = group(c, second, 7, BEN, ANN, CAL);
    pairings.saveRound(List.of(trio));
    pairings.saveRound(List.of(first));

    pairings.respond(trio.id(), CAL, PairResponse.COULD_NOT);
    pairings.respond(trio.id(), CAL, PairResponse.MET); // a later answer replaces
    pairings.respond(first.id(), ANN, PairResponse.NOT_YET);

    List<PairRecord> history = pairings.history(c.id());
    assertThat(history)
        .containsExactly(
            first.withResponse(ANN, PairResponse.NOT_YET),
            trio.withResponse(CAL, PairResponse.MET));
    assertThat(history.get(1).members()).containsExactly(BEN, ANN, CAL);
    assertThat(pairings.findPair(trio.id()).orElseThrow().outcome()).contains(PairResponse.MET);
    assertThat(pairings.findPair(UUID.randomUUID())).isEmpty();
  }

  @Test
  void aRoundAndItsIntrosCommitTogetherOrNotAtAll() {
    Community c = saved();
    var ports = repositories.ports();
    PairRecord pair = group(c, UUID.randomUUID(), 0, ANN, BEN);

    assertThatThrownBy(
            () ->
                ports
                    .transactions()
                    .inTransaction(
                        () -> {
                          ports.pairings().saveRound(List.of(pair));
                          ports
                              .outbox()
                              .enqueue(
                                  List.of(
                                      OutboxMessage.pending(
                                          "pair-intro:" + pair.id(),
                                          java.util.Optional.of(c.id()),
                                          new dev.rituals.core.model.Destination.Direct(ANN),
                                          dev.rituals.core.model.MessageBody.text("Meet Ben"),
                                          T0)));
                          throw new IllegalStateException("crash before commit");
                        }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(ports.pairings().history(c.id())).isEmpty();
    assertThat(ports.outbox().count(dev.rituals.core.model.OutboxState.PENDING)).isZero();
  }
}
