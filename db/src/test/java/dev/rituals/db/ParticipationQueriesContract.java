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
import dev.rituals.core.port.ParticipationQueries.PersonPart;
import dev.rituals.core.port.ParticipationQueries.RangeParticipation;
import dev.rituals.core.port.ParticipationQueries.Slot;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What participation metrics read from storage: range bounds on the occurrence's opening, one part
 * per person with an entry per occurrence, retracted answers never count, replies to oneself are
 * not to peers.
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
  void participationListsEveryOccurrenceInRangeOldestFirstAndIgnoresRetractions() {
    answered(second, ADA, "a1", WEEK_2.plusSeconds(10));
    answered(second, ADA, "a2", WEEK_2.plusSeconds(20));
    answered(second, BOB, "b1", WEEK_2.plusSeconds(30));
    answered(second, CAL, "c1", WEEK_2.plusSeconds(40));
    repositories.answers().retract(SLACK_T1, "c1");

    RangeParticipation range = queries.participation(community.id(), WEEK_1, WEEK_3);

    assertThat(range.occurrences())
        .extracting(Slot::occurrence, Slot::ritual, Slot::opensAt)
        .containsExactly(
            tuple(first.occurrenceId(), ritual.id(), WEEK_1),
            tuple(second.occurrenceId(), ritual.id(), WEEK_2));
    assertThat(PartRow.of(range))
        .extracting(PartRow::person, PartRow::occurrence, PartRow::answers)
        .containsExactlyInAnyOrder(
            tuple(ADA, second.occurrenceId(), 2), tuple(BOB, second.occurrenceId(), 1));
  }

  @Test
  void onePartPerPersonWithAnEntryPerOccurrenceAndTheirLatestAnswer() {
    answered(first, ADA, "a1", WEEK_1.plusSeconds(10));
    answered(first, ADA, "a2", WEEK_1.plusSeconds(50));
    answered(second, ADA, "a3", WEEK_2.plusSeconds(10));
    answered(second, BOB, "b1", WEEK_2.plusSeconds(30));
    answered(third, CAL, "c1", WEEK_3.plusSeconds(30));

    RangeParticipation range = queries.participation(community.id(), WEEK_1, WEEK_3);

    assertThat(range.people()).extracting(PersonPart::person).containsExactlyInAnyOrder(ADA, BOB);
    assertThat(PartRow.of(range))
        .containsExactlyInAnyOrder(
            new PartRow(ADA, first.occurrenceId(), 2, WEEK_1.plusSeconds(50), 0, null),
            new PartRow(ADA, second.occurrenceId(), 1, WEEK_2.plusSeconds(10), 0, null),
            new PartRow(BOB, second.occurrenceId(), 1, WEEK_2.plusSeconds(30), 0, null));
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

    RangeParticipation range = queries.participation(community.id(), WEEK_1, WEEK_3);

    assertThat(PartRow.of(range))
        .containsExactlyInAnyOrder(
            new PartRow(ADA, first.occurrenceId(), 1, WEEK_1.plusSeconds(10), 0, null),
            new PartRow(
                BOB, first.occurrenceId(), 1, WEEK_1.plusSeconds(20), 2, WEEK_1.plusSeconds(40)),
            new PartRow(CAL, first.occurrenceId(), 0, null, 1, WEEK_1.plusSeconds(60)));
  }

  @Test
  void firstAnsweredSinceCountsOnlyAnswersThatCount() {
    answered(first, ADA, "a1", WEEK_1.plusSeconds(10));
    answered(first, CAL, "c0", WEEK_1.plusSeconds(10));
    repositories.answers().retract(SLACK_T1, "c0");
    answered(second, ADA, "a2", WEEK_2.plusSeconds(10));
    answered(second, BOB, "b1", WEEK_2.plusSeconds(10));
    answered(second, CAL, "c1", WEEK_2.plusSeconds(10));

    assertThat(queries.firstAnsweredSince(community.id(), WEEK_2))
        .containsExactlyInAnyOrder(BOB, CAL);
    assertThat(queries.firstAnsweredSince(community.id(), WEEK_1))
        .containsExactlyInAnyOrder(ADA, BOB, CAL);
    assertThat(queries.firstAnsweredSince(community.id(), WEEK_3)).isEmpty();
  }

  /**
   * Attendance is packed per person and UTC year: a range across New Year reads both years, merges
   * them into one part per person, and a range inside one year leaves the other year's entries out.
   */
  @Test
  void aRangeAcrossNewYearMergesBothYearsOfAPerson() {
    Instant lastOfYear = Instant.parse("2025-12-31T23:30:00Z");
    Instant firstOfYear = Instant.parse("2026-01-01T00:30:00Z");
    Prompt december = openWithPrompt(lastOfYear);
    Prompt january = openWithPrompt(firstOfYear);
    answered(december, ADA, "d1", lastOfYear.plusSeconds(10));
    answered(january, ADA, "j1", firstOfYear.plusSeconds(10));
    answered(january, BOB, "j2", firstOfYear.plusSeconds(20));
    Instant from = lastOfYear.minusSeconds(60);
    Instant to = firstOfYear.plusSeconds(60);

    RangeParticipation both = queries.participation(community.id(), from, to);
    RangeParticipation december31 = queries.participation(community.id(), from, firstOfYear);
    RangeParticipation january1 =
        queries.participation(community.id(), lastOfYear.plusSeconds(1), to);

    assertThat(both.people()).extracting(PersonPart::person).containsExactlyInAnyOrder(ADA, BOB);
    assertThat(PartRow.of(both))
        .extracting(PartRow::person, PartRow::occurrence)
        .containsExactlyInAnyOrder(
            tuple(ADA, december.occurrenceId()),
            tuple(ADA, january.occurrenceId()),
            tuple(BOB, january.occurrenceId()));
    assertThat(PartRow.of(december31))
        .extracting(PartRow::person, PartRow::occurrence)
        .containsExactly(tuple(ADA, december.occurrenceId()));
    assertThat(PartRow.of(january1))
        .extracting(PartRow::person, PartRow::occurrence)
        .containsExactlyInAnyOrder(
            tuple(ADA, january.occurrenceId()), tuple(BOB, january.occurrenceId()));
  }

  @Test
  void anEmptyRangeHasNoOccurrencesAndNobody() {
    answered(first, ADA, "a1", WEEK_1.plusSeconds(10));

    RangeParticipation none = queries.participation(community.id(), WEEK_1.plusSeconds(1), WEEK_2);

    assertThat(none.occurrences()).isEmpty();
    assertThat(none.people()).isEmpty();
  }

  @Test
  void answerTextsWithLinksAreTheRangesCountedAnswersWithAUrlNewestFirst() {
    repositories
        .answers()
        .insertIfAbsent(
            withText(first, ADA, "a1", WEEK_1.plusSeconds(10), "see https://a.example"));
    repositories
        .answers()
        .insertIfAbsent(withText(first, BOB, "b1", WEEK_1.plusSeconds(20), "http://b.example ok"));
    repositories
        .answers()
        .insertIfAbsent(withText(first, CAL, "c1", WEEK_1.plusSeconds(30), "no link here"));
    repositories
        .answers()
        .insertIfAbsent(withText(first, CAL, "c2", WEEK_1.plusSeconds(40), "https://gone.example"));
    repositories.answers().retract(SLACK_T1, "c2");
    repositories
        .answers()
        .insertIfAbsent(withText(third, ADA, "a3", WEEK_3.plusSeconds(10), "https://late.example"));

    assertThat(queries.answerTextsWithLinks(community.id(), WEEK_1, WEEK_3, 10))
        .containsExactly("http://b.example ok", "see https://a.example");
    assertThat(queries.answerTextsWithLinks(community.id(), WEEK_1, WEEK_3, 1))
        .containsExactly("http://b.example ok");
  }

  private Answer withText(Prompt prompt, UserRef who, String key, Instant at, String text) {
    Answer a = answer(prompt, community.id(), who, key, at);
    return new Answer(
        a.id(),
        a.communityId(),
        a.occurrenceId(),
        a.promptId(),
        a.author(),
        text,
        a.source(),
        a.sourceKey(),
        a.message(),
        a.answeredAt(),
        a.editedAt(),
        a.late(),
        a.retracted());
  }

  @Test
  void anotherCommunitysAnswersNeverCount() {
    answered(first, ADA, "a1", WEEK_1.plusSeconds(10));
    Community other = community("Science", SLACK_T1, channel(SLACK_T1, "C2"));
    repositories.communities().save(other);

    assertThat(queries.participation(other.id(), WEEK_1, WEEK_3).occurrences()).isEmpty();
    assertThat(queries.participation(other.id(), WEEK_1, WEEK_3).people()).isEmpty();
    assertThat(queries.firstAnsweredSince(other.id(), WEEK_1)).isEmpty();
  }
}
