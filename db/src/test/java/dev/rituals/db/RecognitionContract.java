package dev.rituals.db;

import static dev.rituals.db.Fixtures.SLACK_T1;
import static dev.rituals.db.Fixtures.SLACK_T2;
import static dev.rituals.db.Fixtures.T0;
import static dev.rituals.db.Fixtures.answer;
import static dev.rituals.db.Fixtures.channel;
import static dev.rituals.db.Fixtures.community;
import static dev.rituals.db.Fixtures.occurrence;
import static dev.rituals.db.Fixtures.prompt;
import static dev.rituals.db.Fixtures.ritual;
import static dev.rituals.db.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.Answer;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.Prompt;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.recognition.Badge;
import dev.rituals.core.recognition.BadgeKind;
import dev.rituals.core.recognition.Hosting;
import dev.rituals.core.recognition.MemberPreferences;
import dev.rituals.core.recognition.MentoringMeeting;
import dev.rituals.core.recognition.PdRule;
import dev.rituals.core.recognition.RecognitionPorts;
import dev.rituals.core.recognition.RecognitionSettings;
import dev.rituals.core.recognition.RetentionPolicy;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The recognition ports on a real database: badges, settings, preferences, activity, erasure. */
abstract class RecognitionContract extends DatabaseContract {
  static final UserRef ANA = user(SLACK_T1, "U_ANA");
  static final UserRef ANA_ELSEWHERE = user(SLACK_T2, "U_ANA"); // same id, another workspace

  RecognitionPorts recognition;
  Community community;
  Occurrence occurrence;
  Prompt prompt;

  @BeforeEach
  void savedCommunity() {
    recognition = repositories.recognition();
    community = community("Science", SLACK_T1, channel(SLACK_T1, "C1"));
    repositories.communities().save(community);
    Ritual ritual = ritual(community.id(), 1);
    repositories.rituals().save(ritual);
    occurrence = occurrence(ritual, T0, Duration.ofDays(2));
    repositories.occurrences().insertIfAbsent(occurrence);
    prompt = prompt(occurrence, 1);
    repositories.occurrences().savePrompt(prompt);
  }

  Badge badge(UserRef who, BadgeKind kind, String evidence) {
    return new Badge(community.id(), who, kind, T0, evidence);
  }

  @Test
  void aBadgeIsAwardedOncePerMemberAndKind() {
    assertThat(recognition.badges().awardIfAbsent(badge(ANA, BadgeKind.FIRST_ANSWER, "answer 1")))
        .isTrue();
    assertThat(recognition.badges().awardIfAbsent(badge(ANA, BadgeKind.FIRST_ANSWER, "answer 2")))
        .isFalse();
    assertThat(
            recognition
                .badges()
                .awardIfAbsent(badge(ANA_ELSEWHERE, BadgeKind.FIRST_ANSWER, "answer 3")))
        .isTrue();
    recognition.badges().awardIfAbsent(badge(ANA, BadgeKind.HOSTED_A_CHAT, "occurrence 9"));

    assertThat(recognition.badges().findByMember(community.id(), ANA))
        .extracting(Badge::kind, Badge::evidence)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(BadgeKind.FIRST_ANSWER, "answer 1"),
            org.assertj.core.groups.Tuple.tuple(BadgeKind.HOSTED_A_CHAT, "occurrence 9"));
    assertThat(recognition.badges().deleteByMember(community.id(), ANA)).isEqualTo(2);
    assertThat(recognition.badges().findByMember(community.id(), ANA_ELSEWHERE)).hasSize(1);
  }

  @Test
  void settingsAndPreferencesDefaultUntilSavedAndRoundTrip() {
    assertThat(recognition.settings().settings(community.id()))
        .isEqualTo(RecognitionSettings.DEFAULT);
    RecognitionSettings set =
        new RecognitionSettings(
            new PdRule(Duration.ofMinutes(60), Duration.ofMinutes(10), Duration.ofMinutes(30)),
            new RetentionPolicy(RetentionPolicy.Mode.DELETE, Optional.of(365)));
    recognition.settings().saveSettings(community.id(), set);
    recognition.settings().saveSettings(community.id(), set);
    assertThat(recognition.settings().settings(community.id())).isEqualTo(set);

    assertThat(recognition.settings().preferences(community.id(), ANA))
        .isEqualTo(MemberPreferences.DEFAULT);
    MemberPreferences quiet = MemberPreferences.DEFAULT.withAnnounceBadges(false).invitedAt(T0);
    recognition.settings().savePreferences(community.id(), ANA, quiet);
    assertThat(recognition.settings().preferences(community.id(), ANA)).isEqualTo(quiet);
    assertThat(recognition.settings().preferences(community.id(), ANA_ELSEWHERE))
        .isEqualTo(MemberPreferences.DEFAULT);
    recognition.settings().deletePreferences(community.id(), ANA);
    assertThat(recognition.settings().preferences(community.id(), ANA))
        .isEqualTo(MemberPreferences.DEFAULT);
  }

  @Test
  void hostingsKeepTheFirstHostAndMeetingsCountOncePerMember() {
    Hosting first = new Hosting(community.id(), occurrence.id(), ANA, T0);
    recognition.activity().recordHosting(first);
    recognition
        .activity()
        .recordHosting(new Hosting(community.id(), occurrence.id(), ANA_ELSEWHERE, T0));
    MentoringMeeting meeting = new MentoringMeeting(community.id(), "round-1/pair-2", ANA, T0);
    recognition.activity().recordMeeting(meeting);
    recognition.activity().recordMeeting(meeting);

    assertThat(recognition.activity().hostingsBy(community.id(), ANA)).containsExactly(first);
    assertThat(recognition.activity().hostingsBy(community.id(), ANA_ELSEWHERE)).isEmpty();
    assertThat(recognition.activity().meetingsOf(community.id(), ANA)).containsExactly(meeting);
    recognition.activity().deleteByMember(community.id(), ANA);
    assertThat(recognition.activity().hostingsBy(community.id(), ANA)).isEmpty();
    assertThat(recognition.activity().meetingsOf(community.id(), ANA)).isEmpty();
  }

  @Test
  void answersByLeaveOutRetractedAndOtherWorkspacesAndComeOldestFirst() {
    Answer later = answer(prompt, community.id(), ANA, "k2", T0.plusSeconds(60));
    Answer earlier = answer(prompt, community.id(), ANA, "k1", T0);
    repositories.answers().insertIfAbsent(later);
    repositories.answers().insertIfAbsent(earlier);
    repositories.answers().insertIfAbsent(answer(prompt, community.id(), ANA_ELSEWHERE, "k3", T0));
    repositories.answers().insertIfAbsent(answer(prompt, community.id(), ANA, "k4", T0));
    repositories.answers().retract(ANA.tenant(), "k4");

    assertThat(recognition.activity().answersBy(community.id(), ANA))
        .extracting(Answer::id)
        .containsExactly(earlier.id(), later.id());
  }

  @Test
  void retentionDeletesOnlyAnswersBeforeTheCutoff() {
    repositories.answers().insertIfAbsent(answer(prompt, community.id(), ANA, "old", T0));
    repositories
        .answers()
        .insertIfAbsent(answer(prompt, community.id(), ANA, "new", T0.plus(Duration.ofDays(40))));

    assertThat(
            recognition.eraser().deleteAnswersBefore(community.id(), T0.plus(Duration.ofDays(30))))
        .isEqualTo(1);
    assertThat(recognition.activity().answersBy(community.id(), ANA))
        .extracting(Answer::sourceKey)
        .containsExactly("new");
  }
}
