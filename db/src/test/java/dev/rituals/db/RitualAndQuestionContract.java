package dev.rituals.db;

import static dev.rituals.db.Fixtures.SLACK_T1;
import static dev.rituals.db.Fixtures.T0;
import static dev.rituals.db.Fixtures.community;
import static dev.rituals.db.Fixtures.occurrence;
import static dev.rituals.db.Fixtures.ritual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rituals.core.model.Community;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.DateRange;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.Question;
import dev.rituals.core.model.QuestionId;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.RitualId;
import dev.rituals.core.model.RitualKind;
import dev.rituals.core.model.RitualPlan;
import dev.rituals.core.model.RitualSettings;
import dev.rituals.core.model.RitualState;
import dev.rituals.core.model.Schedule;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rituals with their schedules and plans, and the question bank. */
abstract class RitualAndQuestionContract extends DatabaseContract {

  private CommunityId communityId;

  @BeforeEach
  void saveCommunity() {
    Community community = community("Maths", SLACK_T1);
    repositories.communities().save(community);
    communityId = community.id();
  }

  @Test
  void liveChatRitualRoundTripsItsWholeScheduleAndPlan() {
    Schedule schedule =
        new Schedule(
            EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.SUNDAY),
            LocalTime.of(19, 30),
            ZoneId.of("America/Los_Angeles"),
            Duration.ofMinutes(75),
            List.of(
                new DateRange(LocalDate.of(2025, 12, 20), LocalDate.of(2026, 1, 4)),
                DateRange.day(LocalDate.of(2025, 11, 27))));
    Ritual ritual =
        new Ritual(
            RitualId.random(),
            communityId,
            3,
            RitualKind.LIVE_CHAT,
            schedule,
            Optional.of("What worked this week?"),
            Optional.of("assessment"),
            RitualState.PAUSED,
            T0,
            RitualPlan.liveChat(5, Duration.ofMinutes(12)));

    repositories.rituals().save(ritual);

    assertThat(repositories.rituals().findById(ritual.id())).contains(ritual);
    assertThat(repositories.rituals().findByNumber(communityId, 3)).contains(ritual);
  }

  @Test
  void reminderAndHostRotationSettingsRoundTripIncludingDefaultsAndOff() {
    Ritual defaults = ritual(communityId, 1);
    Ritual noNudge =
        ritual(communityId, 2)
            .withSettings(
                new RitualSettings(Optional.of(Duration.ZERO), Optional.of(Duration.ofDays(3))));
    Ritual custom =
        ritual(communityId, 3)
            .withSettings(
                RitualSettings.DEFAULT.withReminderLead(Optional.of(Duration.ofHours(6))));
    repositories.rituals().save(defaults);
    repositories.rituals().save(noNudge);
    repositories.rituals().save(custom);

    assertThat(repositories.rituals().findById(defaults.id())).contains(defaults);
    assertThat(repositories.rituals().findById(noNudge.id()).orElseThrow().settings())
        .isEqualTo(noNudge.settings());
    assertThat(repositories.rituals().findById(custom.id()).orElseThrow().reminderLead())
        .isEqualTo(Duration.ofHours(6));
    assertThat(repositories.rituals().findById(defaults.id()).orElseThrow().reminderLead())
        .isEqualTo(Ritual.DEFAULT_REMINDER_LEAD);
  }

  @Test
  void everyDayOfTheWeekSurvivesTheDaysColumn() {
    Schedule daily =
        new Schedule(
            EnumSet.allOf(DayOfWeek.class),
            LocalTime.of(6, 0),
            ZoneId.of("UTC"),
            Duration.ofDays(30),
            List.of());
    Ritual ritual = ritual(communityId, 1).withSchedule(daily);

    repositories.rituals().save(ritual);

    assertThat(repositories.rituals().findById(ritual.id()).orElseThrow().schedule())
        .isEqualTo(daily);
  }

  @Test
  void savingAgainUpdatesStateAndSchedule() {
    Ritual ritual = ritual(communityId, 1);
    repositories.rituals().save(ritual);
    Ritual changed =
        ritual
            .withState(RitualState.PAUSED)
            .withSchedule(ritual.schedule().withSkip(DateRange.day(LocalDate.of(2025, 3, 14))));

    repositories.rituals().save(changed);

    assertThat(repositories.rituals().findById(ritual.id())).contains(changed);
    assertThat(repositories.rituals().findByCommunity(communityId)).containsExactly(changed);
  }

  @Test
  void ritualsOfACommunityComeByNumberIncludingTheAskNowRitual() {
    Ritual second = ritual(communityId, 2);
    Ritual askNow = ritual(communityId, Ritual.ASK_NOW_NUMBER);
    Ritual first = ritual(communityId, 1);
    repositories.rituals().save(second);
    repositories.rituals().save(askNow);
    repositories.rituals().save(first);
    Community other = community("Other", SLACK_T1);
    repositories.communities().save(other);
    repositories.rituals().save(ritual(other.id(), 1));

    assertThat(repositories.rituals().findByCommunity(communityId))
        .containsExactly(askNow, first, second);
    assertThat(repositories.rituals().findByNumber(communityId, 4)).isEmpty();
  }

  @Test
  void nextNumberStartsAtOneAndFollowsTheHighest() {
    assertThat(repositories.rituals().nextNumber(communityId)).isEqualTo(1);
    repositories.rituals().save(ritual(communityId, Ritual.ASK_NOW_NUMBER));
    assertThat(repositories.rituals().nextNumber(communityId)).isEqualTo(1);
    repositories.rituals().save(ritual(communityId, 1));
    repositories.rituals().save(ritual(communityId, 7));

    assertThat(repositories.rituals().nextNumber(communityId)).isEqualTo(8);
  }

  @Test
  void secondRitualWithTheSameNumberInACommunityIsRejected() {
    repositories.rituals().save(ritual(communityId, 1));

    assertThatThrownBy(() -> repositories.rituals().save(ritual(communityId, 1)))
        .isInstanceOf(org.jooq.exception.DataAccessException.class);
    assertThat(repositories.rituals().findByCommunity(communityId)).hasSize(1);
  }

  @Test
  void onlyActiveRitualsAreFoundForRescheduling() {
    Ritual active = ritual(communityId, 1);
    repositories.rituals().save(active);
    repositories.rituals().save(ritual(communityId, 2).withState(RitualState.PAUSED));

    assertThat(repositories.rituals().findAllActive()).containsExactly(active);
  }

  @Test
  void deletingARitualReportsWhetherThereWasOneAndKeepsItsHistory() {
    Ritual ritual = ritual(communityId, 1);
    repositories.rituals().save(ritual);
    Occurrence past = occurrence(ritual, T0, Duration.ofHours(1));
    repositories.occurrences().insertIfAbsent(past);

    assertThat(repositories.rituals().delete(ritual.id())).isTrue();
    assertThat(repositories.rituals().delete(ritual.id())).isFalse();
    assertThat(repositories.rituals().findById(ritual.id())).isEmpty();
    assertThat(repositories.occurrences().findById(past.id())).contains(past);
  }

  @Test
  void questionRoundTripsAndRecordsItsUse() {
    Question question =
        new Question(
            QuestionId.random(),
            communityId,
            1,
            "How do you start a lesson?",
            Set.of("openers", "routines"),
            T0,
            Optional.empty(),
            0);
    repositories.questions().save(question);
    assertThat(repositories.questions().findByNumber(communityId, 1)).contains(question);

    Question used = question.usedAt(T0.plusSeconds(3600));
    repositories.questions().save(used);

    assertThat(repositories.questions().findByNumber(communityId, 1)).contains(used);
  }

  @Test
  void questionsComeByNumberAndNextNumberFollowsTheHighest() {
    Question third = question(3);
    Question first = question(1);
    repositories.questions().save(third);
    repositories.questions().save(first);

    assertThat(repositories.questions().findByCommunity(communityId)).containsExactly(first, third);
    assertThat(repositories.questions().nextNumber(communityId)).isEqualTo(4);
  }

  @Test
  void nextQuestionNumberOfAnEmptyBankIsOne() {
    assertThat(repositories.questions().nextNumber(communityId)).isEqualTo(1);
  }

  @Test
  void removingAQuestionReportsWhetherThereWasOne() {
    Question question = question(1);
    repositories.questions().save(question);

    assertThat(repositories.questions().remove(question.id())).isTrue();
    assertThat(repositories.questions().remove(question.id())).isFalse();
    assertThat(repositories.questions().findByCommunity(communityId)).isEmpty();
  }

  @Test
  void secondQuestionWithTheSameNumberInACommunityIsRejected() {
    repositories.questions().save(question(1));

    assertThatThrownBy(() -> repositories.questions().save(question(1)))
        .isInstanceOf(org.jooq.exception.DataAccessException.class);
  }

  private Question question(int number) {
    return new Question(
        QuestionId.random(),
        communityId,
        number,
        "Question " + number,
        Set.of(),
        T0,
        Optional.empty(),
        0);
  }
}
