package dev.rituals.core.service;

import static dev.rituals.core.service.Engine.SLACK_CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.Answer;
import dev.rituals.core.model.MessageKind;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.Prompt;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.RitualKind;
import dev.rituals.core.model.RitualPlan;
import dev.rituals.core.model.Schedule;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.testing.RecordingChatGateway.Sent;
import dev.rituals.core.usecase.AnswerOutcome;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * America/New_York springs forward on Sun 8 Mar 2026 (02:00 EST becomes 03:00 EDT). Live chats and
 * windows on either side of it, or across it, keep the community's local times.
 */
class SpringForwardTest {
  static final ZoneId NY = ZoneId.of("America/New_York");
  static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm z", Locale.ENGLISH);
  static final UserRef ANA = UserRef.of(Platform.SLACK, "T1", "U_ANA");

  @Test
  void aWeeklyLiveChatPostsAtTheSameLocalTimesTheWeekBeforeAndTheWeekAfter() {
    Engine engine = new Engine(Instant.parse("2026-03-01T00:00:00Z"), NY);
    engine.bank("One?", "Two?", "Three?", "Four?", "Five?", "Six?");
    Ritual chat =
        engine.ritual(
            1,
            RitualKind.LIVE_CHAT,
            Schedule.weekly(DayOfWeek.THURSDAY, LocalTime.of(19, 0), NY, Duration.ofMinutes(34)),
            RitualPlan.liveChat(3, Duration.ofMinutes(8)));

    List<ZonedDateTime> fires = engine.scheduler.nextFireTimes(chat, engine.clock.instant(), 2);
    assertThat(fires)
        .extracting(LOCAL::format)
        .containsExactly("Thu 5 Mar 19:00 EST", "Thu 12 Mar 19:00 EDT");
    assertThat(Duration.between(fires.get(0), fires.get(1))).isEqualTo(Duration.ofHours(167));

    for (ZonedDateTime fire : fires) {
      engine.clock.set(fire.toInstant());
      Occurrence occurrence = engine.occurrences.fire(chat.id(), fire.toInstant()).orElseThrow();
      engine.advanceTo(occurrence.closesAt());
      String zone = fire.getZone().getRules().isDaylightSavings(fire.toInstant()) ? "EDT" : "EST";
      String day = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH).format(fire);
      assertThat(posted(engine, occurrence))
          .containsExactly(
              day + " 19:00 " + zone + " Q1",
              day + " 19:08 " + zone + " Q2",
              day + " 19:16 " + zone + " Q3",
              day + " 19:34 " + zone + " RECAP");
    }
  }

  @Test
  void aLiveChatWhoseWindowCrossesTheChangeRunsOnTheNewLocalClockAfterIt() {
    Instant start = Instant.parse("2026-03-08T06:30:00Z"); // 01:30 EST, half an hour before
    Engine engine = new Engine(start, NY);
    engine.member(ANA, "Ana");
    engine.bank("One?", "Two?", "Three?");
    Ritual chat =
        engine.ritual(
            1,
            RitualKind.LIVE_CHAT,
            Schedule.weekly(DayOfWeek.SUNDAY, LocalTime.of(1, 30), NY, Duration.ofMinutes(70)),
            RitualPlan.liveChat(3, Duration.ofMinutes(20)));

    Occurrence occurrence = engine.occurrences.fire(chat.id(), start).orElseThrow();
    engine.advanceTo(Instant.parse("2026-03-08T07:09:59Z")); // 03:09:59 EDT
    assertThat(posted(engine, occurrence)).as("Q3 waits for 03:10 EDT").hasSize(2);
    engine.advanceTo(Instant.parse("2026-03-08T07:15:00Z")); // 03:15 EDT
    assertThat(posted(engine, occurrence)).hasSize(3);
    AnswerOutcome answered =
        engine.channelMessage(ANA, "Ana", SLACK_CHANNEL, "A3 exit tickets, even at 3am");
    engine.advanceTo(occurrence.closesAt());

    // Twenty elapsed minutes apart: the wall clock skips 02:00-03:00, so Q3 is at 03:10 EDT.
    assertThat(posted(engine, occurrence))
        .containsExactly(
            "Sun 8 Mar 01:30 EST Q1",
            "Sun 8 Mar 01:50 EST Q2",
            "Sun 8 Mar 03:10 EDT Q3",
            "Sun 8 Mar 03:40 EDT RECAP");
    assertThat(answered).isEqualTo(AnswerOutcome.RECORDED);
    Answer answer = engine.ports.answers().findByOccurrence(occurrence.id()).get(0);
    Prompt q3 = engine.ports.occurrences().findPrompts(occurrence.id()).get(2);
    assertThat(answer.promptId()).isEqualTo(q3.id());
    assertThat(answer.late()).as("answered inside the window, after the change").isFalse();
  }

  @Test
  void aThreeDayPromptOpenedBeforeTheChangeClosesAtTheSameLocalTimeAfterIt() {
    Instant friday = Instant.parse("2026-03-06T12:00:00Z"); // Fri 07:00 EST
    Engine engine = new Engine(friday, NY);
    engine.bank("What did you try this week?");
    Ritual prompt =
        engine.ritual(
            1,
            RitualKind.PROMPT,
            Schedule.weekly(DayOfWeek.FRIDAY, LocalTime.of(7, 0), NY, Duration.ofDays(3)),
            RitualPlan.single());

    Occurrence occurrence = engine.occurrences.fire(prompt.id(), friday).orElseThrow();

    assertThat(LOCAL.format(occurrence.closesAt().atZone(NY))).isEqualTo("Mon 9 Mar 07:00 EDT");
    assertThat(Duration.between(occurrence.opensAt(), occurrence.closesAt()))
        .as("one hour fewer elapsed: the night the clocks went forward")
        .isEqualTo(Duration.ofHours(71));
  }

  /** Local time and what reached the Slack channel, in order: questions and the recap. */
  private static List<String> posted(Engine engine, Occurrence occurrence) {
    List<String> lines = new ArrayList<>();
    List<Prompt> prompts = engine.ports.occurrences().findPrompts(occurrence.id());
    for (Sent sent : engine.sentTo(SLACK_CHANNEL)) {
      if (sent.body().kind() == MessageKind.PROMPT
          && prompts.stream()
              .anyMatch(
                  p ->
                      sent.body()
                          .field("promptId")
                          .equals(java.util.Optional.of(p.id().toString())))) {
        Prompt prompt =
            prompts.stream()
                .filter(p -> sent.body().field("promptId").orElseThrow().equals(p.id().toString()))
                .findFirst()
                .orElseThrow();
        lines.add(LOCAL.format(prompt.postAt().atZone(NY)) + " Q" + prompt.number());
      } else if (sent.body().kind() == MessageKind.RECAP
          && sent.body()
              .field("occurrenceId")
              .equals(java.util.Optional.of(occurrence.id().toString()))) {
        lines.add(LOCAL.format(occurrence.closesAt().atZone(NY)) + " RECAP");
      }
    }
    return lines;
  }
}
