package dev.rituals.core.schedule;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.DateRange;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.RitualId;
import dev.rituals.core.model.RitualKind;
import dev.rituals.core.model.RitualState;
import dev.rituals.core.model.Schedule;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Rituals and schedules for scheduling tests. */
final class TestRituals {
  private TestRituals() {}

  static Schedule weekly(DayOfWeek day, String time, String zone) {
    return Schedule.weekly(day, LocalTime.parse(time), ZoneId.of(zone), Duration.ofDays(2));
  }

  static Schedule on(Set<DayOfWeek> days, LocalTime time, ZoneId zone, DateRange... skips) {
    return new Schedule(days, time, zone, Duration.ofHours(1), List.of(skips));
  }

  static Schedule daily(String time, String zone) {
    return daily(LocalTime.parse(time), ZoneId.of(zone));
  }

  static Schedule daily(LocalTime time, ZoneId zone, DateRange... skips) {
    return on(EnumSet.allOf(DayOfWeek.class), time, zone, skips);
  }

  static Ritual active(Schedule schedule) {
    return ritual(schedule, RitualState.ACTIVE);
  }

  static Ritual paused(Schedule schedule) {
    return ritual(schedule, RitualState.PAUSED);
  }

  static Ritual ritual(Schedule schedule, RitualState state) {
    return new Ritual(
        RitualId.random(),
        CommunityId.random(),
        1,
        RitualKind.PROMPT,
        schedule,
        Optional.of("What worked in your classroom this week?"),
        Optional.empty(),
        state,
        Instant.parse("2026-01-05T09:00:00Z"));
  }
}
