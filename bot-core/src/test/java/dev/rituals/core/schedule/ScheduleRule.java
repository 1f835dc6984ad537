package dev.rituals.core.schedule;

import dev.rituals.core.model.Schedule;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

/** The production fire-time rule, opened up for fakes in other packages' tests. */
public final class ScheduleRule {
  private ScheduleRule() {}

  public static List<ZonedDateTime> nextFireTimes(Schedule schedule, Instant after, int count) {
    return RitualCron.nextFireTimes(schedule, after, count);
  }
}
