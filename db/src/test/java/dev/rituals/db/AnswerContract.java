package dev.rituals.db;

import static dev.rituals.db.Fixtures.SLACK_T1;
import static dev.rituals.db.Fixtures.SLACK_T2;
import static dev.rituals.db.Fixtures.T0;
import static dev.rituals.db.Fixtures.TEAMS_T1;
import static dev.rituals.db.Fixtures.answer;
import static dev.rituals.db.Fixtures.channel;
import static dev.rituals.db.Fixtures.community;
import static dev.rituals.db.Fixtures.message;
import static dev.rituals.db.Fixtures.occurrence;
import static dev.rituals.db.Fixtures.prompt;
import static dev.rituals.db.Fixtures.ritual;
import static dev.rituals.db.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.Answer;
import dev.rituals.core.model.AnswerId;
import dev.rituals.core.model.AnswerSource;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.Prompt;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.AnswerRepository.MemberAnswerCount;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Answers: idempotent recording, edits, retractions and participation counts. */
abstract class AnswerContract extends DatabaseContract {

  private static final UserRef ADA = user(SLACK_T1, "U1");
  private static final UserRef BOB = user(TEAMS_T1, "29:bob");
  private static final UserRef CAL = user(SLACK_T1, "U3");

  private Community community;
  private Occurrence occurrence;
  private Prompt prompt;

  @BeforeEach
  void savePrompt() {
    community = community("Maths", SLACK_T1, channel(SLACK_T1, "C1"));
    repositories.communities().save(community);
    Ritual ritual = ritual(community.id(), 1);
    repositories.rituals().save(ritual);
    occurrence = occurrence(ritual, T0, Duration.ofDays(7));
    repositories.occurrences().insertIfAbsent(occurrence);
    prompt = prompt(occurrence, 1);
    repositories.occurrences().savePrompt(prompt);
  }

  @Test
  void anAnswerIsFoundByTheMessageItWasPostedAs() {
    var where = message(channel(SLACK_T1, "C1"), "1712.0001");
    Answer posted = withMessage(answer(prompt, community.id(), ADA, "k1", T0), where);
    repositories.answers().insertIfAbsent(posted);
    repositories.answers().insertIfAbsent(answer(prompt, community.id(), BOB, "k2", T0));

    assertThat(repositories.answers().findByMessage(where)).contains(posted);
    assertThat(repositories.answers().findByMessage(message(channel(SLACK_T2, "C1"), "1712.0001")))
        .isEmpty();
  }

  @Test
  void repliesCountOncePerMessageForTheirOccurrenceAndAreForgottenWhenDeleted() {
    Answer ada = answer(prompt, community.id(), ADA, "k1", T0);
    Answer bob = answer(prompt, community.id(), BOB, "k2", T0);
    repositories.answers().insertIfAbsent(ada);
    repositories.answers().insertIfAbsent(bob);
    Occurrence other = occurrence(ritual(community.id(), 2), T0, Duration.ofDays(1));
    repositories.rituals().save(ritual(community.id(), 2));
    repositories.occurrences().insertIfAbsent(other);
    Prompt otherPrompt = prompt(other, 1);
    repositories.occurrences().savePrompt(otherPrompt);
    Answer elsewhere = answer(otherPrompt, community.id(), CAL, "k3", T0);
    repositories.answers().insertIfAbsent(elsewhere);

    assertThat(repositories.answers().addReply(ada.id(), BOB, "r1", T0.plusSeconds(5))).isTrue();
    assertThat(repositories.answers().addReply(ada.id(), BOB, "r1", T0.plusSeconds(5))).isFalse();
    assertThat(repositories.answers().addReply(ada.id(), CAL, "r2", T0.plusSeconds(6))).isTrue();
    assertThat(repositories.answers().addReply(bob.id(), ADA, "r3", T0.plusSeconds(7))).isTrue();
    repositories.answers().addReply(elsewhere.id(), ADA, "r4", T0.plusSeconds(8));

    assertThat(repositories.answers().replyCounts(occurrence.id()))
        .containsExactlyInAnyOrderEntriesOf(java.util.Map.of(ada.id(), 2, bob.id(), 1));
    assertThat(repositories.answers().removeReply(SLACK_T1, "r2")).isTrue();
    assertThat(repositories.answers().removeReply(SLACK_T1, "r2")).isFalse();
    assertThat(repositories.answers().replyCounts(occurrence.id()).get(ada.id())).isEqualTo(1);
  }

  private static Answer withMessage(Answer a, dev.rituals.core.model.MessageRef message) {
    return new Answer(
        a.id(),
        a.communityId(),
        a.occurrenceId(),
        a.promptId(),
        a.author(),
        a.text(),
        AnswerSource.NUMBERED,
        a.sourceKey(),
        Optional.of(message),
        a.answeredAt(),
        a.editedAt(),
        a.late(),
        a.retracted());
  }

  @Test
  void answerWithItsMessageRoundTrips() {
    Answer answer =
        new Answer(
            AnswerId.random(),
            community.id(),
            occurrence.id(),
            prompt.id(),
            ADA,
            "Exit tickets — ✓ every lesson",
            AnswerSource.NUMBERED,
            "C1:1741330800.000200",
            Optional.of(message(channel(SLACK_T1, "C1"), "1741330800.000200")),
            T0.plusSeconds(30),
            Optional.empty(),
            true,
            false);

    assertThat(repositories.answers().insertIfAbsent(answer)).isTrue();

    assertThat(repositories.answers().findBySourceKey(SLACK_T1, answer.sourceKey()))
        .contains(answer);
  }

  @Test
  void sameSourceKeyIsRecordedOnce() {
    Answer first = answer(prompt, community.id(), ADA, "Ev1", T0);
    Answer redelivered = answer(prompt, community.id(), ADA, "Ev1", T0.plusSeconds(5));

    assertThat(repositories.answers().insertIfAbsent(first)).isTrue();
    assertThat(repositories.answers().insertIfAbsent(redelivered)).isFalse();

    assertThat(repositories.answers().findByOccurrence(occurrence.id())).containsExactly(first);
  }

  @Test
  void sameSourceKeyInAnotherTenantIsAnotherAnswerAndDoesNotResolveAcrossTenants() {
    Answer inT1 = answer(prompt, community.id(), ADA, "Ev1", T0);
    Answer inT2 = answer(prompt, community.id(), user(SLACK_T2, "U1"), "Ev1", T0);

    assertThat(repositories.answers().insertIfAbsent(inT1)).isTrue();
    assertThat(repositories.answers().insertIfAbsent(inT2)).isTrue();

    assertThat(repositories.answers().findBySourceKey(SLACK_T1, "Ev1")).contains(inT1);
    assertThat(repositories.answers().findBySourceKey(SLACK_T2, "Ev1")).contains(inT2);
    assertThat(repositories.answers().findBySourceKey(TEAMS_T1, "Ev1")).isEmpty();
  }

  @Test
  void updateReplacesTextAndEditTime() {
    Answer answer = answer(prompt, community.id(), ADA, "Ev1", T0);
    repositories.answers().insertIfAbsent(answer);
    Answer edited = answer.edited("Better wording", T0.plusSeconds(90));

    repositories.answers().update(edited);

    assertThat(repositories.answers().findBySourceKey(SLACK_T1, "Ev1")).contains(edited);
  }

  @Test
  void retractedAnswerIsKeptMarkedWithoutItsText() {
    Answer answer = answer(prompt, community.id(), ADA, "Ev1", T0);
    repositories.answers().insertIfAbsent(answer);

    repositories.answers().retract(SLACK_T1, "Ev1");

    Answer retracted = repositories.answers().findBySourceKey(SLACK_T1, "Ev1").orElseThrow();
    assertThat(retracted.retracted()).isTrue();
    assertThat(retracted.text()).isEqualTo("(retracted)");
    assertThat(retracted.id()).isEqualTo(answer.id());
  }

  @Test
  void retractingInAnotherTenantLeavesTheAnswerAlone() {
    Answer answer = answer(prompt, community.id(), ADA, "Ev1", T0);
    repositories.answers().insertIfAbsent(answer);

    repositories.answers().retract(SLACK_T2, "Ev1");

    assertThat(repositories.answers().findBySourceKey(SLACK_T1, "Ev1")).contains(answer);
  }

  @Test
  void answersOfAnOccurrenceComeInAnsweringOrder() {
    Answer later = answer(prompt, community.id(), ADA, "Ev2", T0.plusSeconds(20));
    Answer earlier = answer(prompt, community.id(), BOB, "Ev1", T0.plusSeconds(10));
    repositories.answers().insertIfAbsent(later);
    repositories.answers().insertIfAbsent(earlier);

    assertThat(repositories.answers().findByOccurrence(occurrence.id()))
        .containsExactly(earlier, later);
  }

  @Test
  void countsPerMemberCoverFromInclusiveToExclusiveMostActiveFirst() {
    Instant from = T0;
    Instant to = T0.plus(Duration.ofDays(7));
    store(ADA, "a1", from);
    store(ADA, "a2", from.plusSeconds(3600));
    store(ADA, "a3", to.minusSeconds(1));
    store(ADA, "a-after", to);
    store(BOB, "b1", from.plusSeconds(60));
    store(BOB, "b-before", from.minusSeconds(1));

    assertThat(repositories.answers().countByMember(community.id(), from, to))
        .containsExactly(
            new MemberAnswerCount(ADA, 3, to.minusSeconds(1)),
            new MemberAnswerCount(BOB, 1, from.plusSeconds(60)));
  }

  @Test
  void retractedAnswersDoNotCount() {
    store(ADA, "a1", T0);
    store(ADA, "a2", T0.plusSeconds(10));
    store(CAL, "c1", T0);
    repositories.answers().retract(SLACK_T1, "a2");
    repositories.answers().retract(SLACK_T1, "c1");

    assertThat(repositories.answers().countByMember(community.id(), T0, T0.plusSeconds(60)))
        .containsExactly(new MemberAnswerCount(ADA, 1, T0));
  }

  @Test
  void countsOnlyTheCommunitysAnswers() {
    store(ADA, "a1", T0);
    Community other = community("Other", SLACK_T1, channel(SLACK_T1, "C2"));
    repositories.communities().save(other);
    Ritual ritual = ritual(other.id(), 1);
    repositories.rituals().save(ritual);
    Occurrence elsewhere = occurrence(ritual, T0, Duration.ofDays(1));
    repositories.occurrences().insertIfAbsent(elsewhere);
    Prompt otherPrompt = prompt(elsewhere, 1);
    repositories.occurrences().savePrompt(otherPrompt);
    repositories.answers().insertIfAbsent(answer(otherPrompt, other.id(), BOB, "b1", T0));

    assertThat(repositories.answers().countByMember(community.id(), T0, T0.plusSeconds(60)))
        .containsExactly(new MemberAnswerCount(ADA, 1, T0));
    assertThat(repositories.answers().countByMember(other.id(), T0, T0.plusSeconds(60)))
        .containsExactly(new MemberAnswerCount(BOB, 1, T0));
  }

  @Test
  void emptyRangeCountsNobody() {
    store(ADA, "a1", T0);

    assertThat(repositories.answers().countByMember(community.id(), T0, T0)).isEmpty();
  }

  private void store(UserRef author, String key, Instant at) {
    assertThat(
            repositories.answers().insertIfAbsent(answer(prompt, community.id(), author, key, at)))
        .isTrue();
  }
}
