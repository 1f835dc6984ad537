package dev.rituals.db;

import static dev.rituals.db.Fixtures.SLACK_T1;
import static dev.rituals.db.Fixtures.T0;
import static dev.rituals.db.Fixtures.TEAMS_T1;
import static dev.rituals.db.Fixtures.answer;
import static dev.rituals.db.Fixtures.channel;
import static dev.rituals.db.Fixtures.community;
import static dev.rituals.db.Fixtures.occurrence;
import static dev.rituals.db.Fixtures.prompt;
import static dev.rituals.db.Fixtures.ritual;
import static dev.rituals.db.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rituals.core.model.Answer;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.Prompt;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.ParticipationQueries;
import dev.rituals.core.port.ParticipationQueries.Attendance;
import dev.rituals.core.port.ParticipationQueries.OccurrenceTurnout;
import dev.rituals.core.port.ParticipationQueries.PeerReplies;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SQL aggregates behind participation metrics: range bounds on the occurrence's opening, one
 * row per (author, occurrence), retracted answers never count, replies to oneself are not to peers.
 */
abstract class ParticipationQueriesContract extends DatabaseContract {

  private static final UserRef ADA = user(SLACK_T1, "U1");
  private static final UserRef BOB = user(TEAMS_T1, "29:bob");
  private static final UserRef CAL = user(SLACK_T1, "U3");
  private static final Instant WEEK_1 = T0;
  private static final Instant WEEK_2 = T0.plus(Duration.ofDays(7));
  private static final Instant WEEK_3 = T0.plus(Duration.ofDays(14));

  private ParticipationQueries queries;
  private Community community;
  private Ritual ritual;
  private Prompt first;
  private Prompt second;
  private Prompt third;

  @BeforeEach
  void threeWeeklyOccurrences() {
    queries = repositories.participation();
    community = community("Maths", SLACK_T1, channel(SLACK_T1, "C1"));
    repositories.communities().save(community);
    ritual = ritual(community.id(), 1);
    repositories.rituals().save(ritual);
    first = openWithPrompt(WEEK_1);
    second = openWithPrompt(WEEK_2);
    third = openWithPrompt(WEEK_3);
  }

  private Prompt openWithPrompt(Instant at) {
    Occurrence occurrence = occurrence(ritual, at, Duration.ofDays(2));
    repositories.occurrences().insertIfAbsent(occurrence);
    Prompt prompt = prompt(occurrence, 1);
    repositories.occurrences().savePrompt(prompt);
    return prompt;
  }

  private Answer answered(Prompt prompt, UserRef who, String key, Instant at) {
    Answer a = answer(prompt, community.id(), who, key, at);
    repositories.answers().insertIfAbsent(a);
    return a;
  }

  @Test
  void turnoutListsEveryOccurrenceInRangeWithDistinctRespondentsAndIgnoresRetractions() {
    answered(second, ADA, "a1", WEEK_2.plusSeconds(10));
    answered(second, ADA, "a2", WEEK_2.plusSeconds(20));
    answered(second, BOB, "b1", WEEK_2.plusSeconds(30));
    answered(second, CAL, "c1", WEEK_2.plusSeconds(40));
    repositories.answers().retract(SLACK_T1, "c1");

    var turnout = queries.turnout(community.id(), WEEK_1, WEEK_3);

    assertThat(turnout)
        .extracting(OccurrenceTurnout::opensAt, OccurrenceTurnout::respondents)
        .containsExactly(tuple(WEEK_1, 0), tuple(WEEK_2, 2));
    assertThat(turnout).allSatisfy(t -> assertThat(t.ritual()).isEqualTo(ritual.id()));
  }

  @Test
  void attendanceIsOneRowPerAuthorAndOccurrenceWithTheirLatestAnswer() {
    answered(first, ADA, "a1", WEEK_1.plusSeconds(10));
    answered(first, ADA, "a2", WEEK_1.plusSeconds(50));
    answered(second, ADA, "a3", WEEK_2.plusSeconds(10));
    answered(second, BOB, "b1", WEEK_2.plusSeconds(30));
    answered(third, CAL, "c1", WEEK_3.plusSeconds(30));

    var rows = queries.attendance(community.id(), WEEK_1, WEEK_3);

    assertThat(rows)
        .extracting(Attendance::member, Attendance::occurrence, Attendance::answers)
        .containsExactlyInAnyOrder(
            tuple(ADA, first.occurrenceId(), 2),
            tuple(ADA, second.occurrenceId(), 1),
            tuple(BOB, second.occurrenceId(), 1));
    assertThat(rows)
        .filteredOn(r -> r.member().equals(ADA) && r.occurrence().equals(first.occurrenceId()))
        .extracting(Attendance::lastAnsweredAt)
        .containsExactly(WEEK_1.plusSeconds(50));
  }

  @Test
  void repliesToPeersCountOthersAnswersOnlyAndNotOnesOwnThread() {
    Answer ada = answered(first, ADA, "a1", WEEK_1.plusSeconds(10));
    Answer bob = answered(first, BOB, "b1", WEEK_1.plusSeconds(20));
    Answer late = answered(third, CAL, "c1", WEEK_3.plusSeconds(20));
    repositories.answers().addReply(ada.id(), BOB, "r1", WEEK_1.plusSeconds(30));
    repositories.answers().addReply(ada.id(), BOB, "r2", WEEK_1.plusSeconds(40));
    repositories.answers().addReply(ada.id(), ADA, "r3", WEEK_1.plusSeconds(50));
    repositories.answers().addReply(bob.id(), CAL, "r4", WEEK_1.plusSeconds(60));
    repositories.answers().addReply(late.id(), ADA, "r5", WEEK_3.plusSeconds(60));

    var replies = queries.repliesToPeers(community.id(), WEEK_1, WEEK_3);

    assertThat(replies)
        .extracting(PeerReplies::replier, PeerReplies::replies, PeerReplies::lastRepliedAt)
        .containsExactlyInAnyOrder(
            tuple(BOB, 2L, WEEK_1.plusSeconds(40)), tuple(CAL, 1L, WEEK_1.plusSeconds(60)));
  }

  @Test
  void newVoicesAreAuthorsWithNoEarlierCountedAnswerInTheCommunity() {
    answered(first, ADA, "a1", WEEK_1.plusSeconds(10));
    answered(first, CAL, "c0", WEEK_1.plusSeconds(10));
    repositories.answers().retract(SLACK_T1, "c0");
    answered(second, ADA, "a2", WEEK_2.plusSeconds(10));
    answered(second, BOB, "b1", WEEK_2.plusSeconds(10));
    answered(second, CAL, "c1", WEEK_2.plusSeconds(10));

    assertThat(queries.newVoices(community.id(), WEEK_2, WEEK_3))
        .containsExactlyInAnyOrder(BOB, CAL);
    assertThat(queries.newVoices(community.id(), WEEK_1, WEEK_3))
        .containsExactlyInAnyOrder(ADA, BOB, CAL);
  }

  @Test
  void anotherCommunitysAnswersNeverCount() {
    answered(first, ADA, "a1", WEEK_1.plusSeconds(10));
    Community other = community("Science", SLACK_T1, channel(SLACK_T1, "C2"));
    repositories.communities().save(other);

    assertThat(queries.turnout(other.id(), WEEK_1, WEEK_3)).isEmpty();
    assertThat(queries.attendance(other.id(), WEEK_1, WEEK_3)).isEmpty();
    assertThat(queries.newVoices(other.id(), WEEK_1, WEEK_3)).isEmpty();
  }
}
