package dev.rituals.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.Prompt;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.RitualKind;
import dev.rituals.core.model.RitualPlan;
import dev.rituals.core.model.Schedule;
import dev.rituals.core.model.SchoolCalendar;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Rituals keep the community's local times across daylight-saving changes: the fire time (the cron
 * rule), whole-day windows and a slow chat's days. Minutes inside a live chat are elapsed minutes.
 */
class TimeZonesTest {
  static final ZoneId NY = ZoneId.of("America/New_York");
  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm z", Locale.ENGLISH);
  static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

  @Test
  void aWeeklyLiveChatKeepsItsLocalTimesOnBothSidesOfTheFallBack() {
    Engine engine = new Engine(Instant.parse("2026-10-20T00:00:00Z"), NY);
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
        .containsExactly("Thu 22 Oct 19:00 EDT", "Thu 29 Oct 19:00 EDT");
    List<ZonedDateTime> after =
        engine.scheduler.nextFireTimes(chat, Instant.parse("2026-11-01T12:00:00Z"), 1);
    assertThat(after).extracting(LOCAL::format).containsExactly("Thu 5 Nov 19:00 EST");

    for (ZonedDateTime fire : List.of(fires.get(1), after.get(0))) {
      engine.clock.set(fire.toInstant());
      Occurrence occurrence = engine.occurrences.fire(chat.id(), fire.toInstant()).orElseThrow();
      assertThat(local(engine, occurrence, NY, HOURS))
          .containsExactly("19:00", "19:08", "19:16", "closes 19:34");
    }
  }

  @Test
  void aThreeDayPromptWindowAcrossTheFallBackClosesAtTheSameLocalTime() {
    Instant friday = Instant.parse("2026-10-30T11:00:00Z"); // 07:00 EDT
    Engine engine = new Engine(friday, NY);
    Ritual prompt =
        engine.ritual(
            1,
            RitualKind.PROMPT,
            Schedule.weekly(DayOfWeek.FRIDAY, LocalTime.of(7, 0), NY, Duration.ofDays(3)),
            RitualPlan.single());

    Occurrence occurrence = engine.occurrences.fire(prompt.id(), friday).orElseThrow();

    assertThat(LOCAL.format(occurrence.closesAt().atZone(NY))).isEqualTo("Mon 2 Nov 07:00 EST");
    assertThat(Duration.between(occurrence.opensAt(), occurrence.closesAt()))
        .isEqualTo(Duration.ofHours(73));
  }

  @Test
  void aSlowChatAcrossTheSpringForwardPostsEachDayAtTheSameLocalTime() {
    Instant thursday = Instant.parse("2026-03-26T08:00:00Z"); // 08:00 GMT
    Engine engine = new Engine(thursday, LONDON);
    // A seven-day school week, so the chat posts over the weekend the clocks change.
    engine
        .ports
        .communities()
        .save(
            engine.community.withCalendar(
                SchoolCalendar.DEFAULT.withSchoolDays(EnumSet.allOf(DayOfWeek.class))));
    engine.bank("1?", "2?", "3?", "4?", "5?");
    Ritual slow =
        engine.ritual(
            1,
            RitualKind.SLOW_CHAT,
            Schedule.weekly(DayOfWeek.THURSDAY, LocalTime.of(8, 0), LONDON, Duration.ofDays(5)),
            RitualPlan.slowChat(5));

    Occurrence occurrence = engine.occurrences.fire(slow.id(), thursday).orElseThrow();

    assertThat(local(engine, occurrence, LONDON, LOCAL))
        .containsExactly(
            "Thu 26 Mar 08:00 GMT",
            "Fri 27 Mar 08:00 GMT",
            "Sat 28 Mar 08:00 GMT",
            "Sun 29 Mar 08:00 BST",
            "Mon 30 Mar 08:00 BST",
            "closes Tue 31 Mar 08:00 BST");
  }

  @Test
  void aLiveChatThatStraddlesTheChangeKeepsElapsedMinutesBetweenQuestions() {
    Instant start = Instant.parse("2026-11-01T05:30:00Z"); // 01:30 EDT, the hour that repeats
    Engine engine = new Engine(start, NY);
    engine.bank("One?", "Two?", "Three?");
    Ritual chat =
        engine.ritual(
            1,
            RitualKind.LIVE_CHAT,
            Schedule.weekly(DayOfWeek.SUNDAY, LocalTime.of(1, 30), NY, Duration.ofMinutes(70)),
            RitualPlan.liveChat(3, Duration.ofMinutes(20)));

    Occurrence occurrence = engine.occurrences.fire(chat.id(), start).orElseThrow();

    assertThat(local(engine, occurrence, NY, LOCAL))
        .containsExactly(
            "Sun 1 Nov 01:30 EDT",
            "Sun 1 Nov 01:50 EDT",
            "Sun 1 Nov 01:10 EST",
            "closes Sun 1 Nov 01:40 EST");
  }

  private static List<String> local(
      Engine engine, Occurrence occurrence, ZoneId zone, DateTimeFormatter format) {
    List<String> times = new ArrayList<>();
    engine.ports.occurrences().findPrompts(occurrence.id()).stream()
        .map(Prompt::postAt)
        .forEach(t -> times.add(format.format(t.atZone(zone))));
    times.add("closes " + format.format(occurrence.closesAt().atZone(zone)));
    return times;
  }
}
