package dev.rituals.core.service;

import static dev.rituals.core.service.Engine.SLACK_CHANNEL;
import static dev.rituals.core.service.LiveChatTest.kinds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.DateRange;
import dev.rituals.core.model.Destination;
import dev.rituals.core.model.MessageKind;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.Prompt;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.RitualKind;
import dev.rituals.core.model.RitualPlan;
import dev.rituals.core.model.Schedule;
import dev.rituals.core.model.SchoolCalendar;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.usecase.AnswerOutcome;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A slow chat: one question a day for N days, each in its own thread. */
class SlowChatTest {
  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final Instant MONDAY_8AM = Instant.parse("2026-05-11T07:00:00Z");
  static final UserRef ANA = UserRef.of(Platform.SLACK, "T1", "U_ANA");

  Engine engine = new Engine(MONDAY_8AM, LONDON);

  Ritual slowChat(int days) {
    return engine.ritual(
        1,
        RitualKind.SLOW_CHAT,
        Schedule.weekly(DayOfWeek.MONDAY, LocalTime.of(8, 0), LONDON, Duration.ofDays(days)),
        RitualPlan.slowChat(days));
  }

  @Test
  void oneQuestionADayEachAsItsOwnMessageThenARecapAfterTheLastDay() {
    engine.bank("Monday?", "Tuesday?", "Wednesday?", "Spare?");
    Ritual ritual = slowChat(3);

    Occurrence occurrence = engine.occurrences.fire(ritual.id(), MONDAY_8AM).orElseThrow();
    engine.sender.drain();
    assertThat(kinds(engine.sentTo(SLACK_CHANNEL))).containsExactly("WELCOME", "PROMPT Q1");
    assertThat(engine.sentTo(SLACK_CHANNEL).get(0).body().text())
        .contains("one question a day, 3 in all");

    engine.advance(Duration.ofDays(1));
    engine.advance(Duration.ofDays(1));
    assertThat(kinds(engine.sentTo(SLACK_CHANNEL)))
        .containsExactly("WELCOME", "PROMPT Q1", "PROMPT Q2", "PROMPT Q3");
    assertThat(engine.sentTo(SLACK_CHANNEL))
        .filteredOn(s -> s.body().kind() == MessageKind.PROMPT)
        .allMatch(s -> s.destination().equals(new Destination.Channel(SLACK_CHANNEL)))
        .extracting(s -> s.body().field("question").orElseThrow())
        .containsExactly("Monday?", "Tuesday?", "Wednesday?");

    assertThat(occurrence.closesAt()).isEqualTo(MONDAY_8AM.plus(Duration.ofDays(3)));
    engine.advanceTo(occurrence.closesAt());
    assertThat(kinds(engine.sentTo(SLACK_CHANNEL))).endsWith("PROMPT Q3", "RECAP");
  }

  @Test
  void aSundayToThursdaySchoolWeekAndHolidaysMoveTheDailyQuestionsToSchoolDays() {
    Instant thursday = Instant.parse("2026-05-14T07:00:00Z"); // 08:00 BST
    engine
        .ports
        .communities()
        .save(
            engine.community.withCalendar(
                new SchoolCalendar(
                    EnumSet.of(
                        DayOfWeek.SUNDAY,
                        DayOfWeek.MONDAY,
                        DayOfWeek.TUESDAY,
                        DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY),
                    List.of(DateRange.day(LocalDate.of(2026, 5, 18))))));
    engine.bank("1?", "2?", "3?", "4?");
    Ritual ritual =
        engine.ritual(
            1,
            RitualKind.SLOW_CHAT,
            Schedule.weekly(DayOfWeek.THURSDAY, LocalTime.of(8, 0), LONDON, Duration.ofDays(3)),
            RitualPlan.slowChat(3));
    engine.clock.set(thursday);

    Occurrence occurrence = engine.occurrences.fire(ritual.id(), thursday).orElseThrow();

    assertThat(engine.ports.occurrences().findPrompts(occurrence.id()))
        .extracting(p -> p.postAt().atZone(LONDON).toLocalDate().getDayOfWeek())
        .as("Fri and Sat are not school days, Mon 18 May is a holiday")
        .containsExactly(DayOfWeek.THURSDAY, DayOfWeek.SUNDAY, DayOfWeek.TUESDAY);
    assertThat(occurrence.closesAt()).isEqualTo(Instant.parse("2026-05-20T07:00:00Z"));
  }

  @Test
  void nothingFiresOnADateTheCommunityHasOff() {
    engine
        .ports
        .communities()
        .save(
            engine.community.withCalendar(
                SchoolCalendar.DEFAULT.withSkip(DateRange.day(LocalDate.of(2026, 5, 11)))));
    Ritual ritual = slowChat(3);

    assertThat(engine.occurrences.fire(ritual.id(), MONDAY_8AM)).isEmpty();
  }

  @Test
  void aReplyInADaysThreadAnswersThatDaysQuestion() {
    engine.bank("Monday?", "Tuesday?");
    Ritual ritual = slowChat(2);
    Occurrence occurrence = engine.occurrences.fire(ritual.id(), MONDAY_8AM).orElseThrow();
    engine.advance(Duration.ofDays(1).plusHours(3));

    assertThat(
            engine.threadReply(ANA, "Ana", engine.question(SLACK_CHANNEL, 1), "Back to Monday's"))
        .isEqualTo(AnswerOutcome.RECORDED);
    assertThat(engine.threadReply(ANA, "Ana", engine.question(SLACK_CHANNEL, 2), "Tuesday's"))
        .isEqualTo(AnswerOutcome.RECORDED);

    var prompts = engine.ports.occurrences().findPrompts(occurrence.id());
    assertThat(engine.ports.answers().findByOccurrence(occurrence.id()))
        .extracting(
            a ->
                prompts.stream()
                        .filter(p -> p.id().equals(a.promptId()))
                        .map(Prompt::number)
                        .findFirst()
                        .orElseThrow()
                    + ":"
                    + a.text())
        .containsExactlyInAnyOrder("1:Back to Monday's", "2:Tuesday's");
  }
}
