package dev.rituals.core.schedule;

import dev.rituals.core.model.Schedule;
import java.text.ParseException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.Collectors;
import org.quartz.CronExpression;

/**
 * The cron form of a {@link Schedule} and the fire-time arithmetic shared by the Quartz trigger,
 * the fire job and {@code nextFireTimes}, so that what is listed is what fires.
 *
 * <p>Daylight saving, as Quartz's {@link CronExpression} resolves it (verified in tests): the local
 * time is kept on both sides of a change; a local time that does not exist on a spring-forward day
 * (02:30 in New York on 2026-03-08) does not fire that day at all; a local time that occurs twice
 * on a fall-back day fires once, at its second (standard-time) occurrence.
 */
final class RitualCron {
  /** Longest gap between two slots of a schedule that fires at least once a week, plus slack. */
  private static final Duration LOOK_BACK = Duration.ofDays(8);

  private RitualCron() {}

  /** E.g. {@code "0 0 7 ? * FRI"} for Fridays at 07:00; the zone is carried separately. */
  static String expression(Schedule schedule) {
    String days =
        schedule.days().stream()
            .sorted()
            .map(RitualCron::quartzDay)
            .collect(Collectors.joining(","));
    var time = schedule.time();
    return time.getSecond() + " " + time.getMinute() + " " + time.getHour() + " ? * " + days;
  }

  static CronExpression compile(String expression, ZoneId zone) {
    try {
      CronExpression cron = new CronExpression(expression);
      cron.setTimeZone(TimeZone.getTimeZone(zone));
      return cron;
    } catch (ParseException e) {
      throw new IllegalArgumentException("not a cron expression: " + expression, e);
    }
  }

  /** The next {@code count} fire times strictly after {@code after}, leaving out skipped dates. */
  static List<ZonedDateTime> nextFireTimes(Schedule schedule, Instant after, int count) {
    CronExpression cron = compile(expression(schedule), schedule.zone());
    List<ZonedDateTime> times = new ArrayList<>(count);
    Date cursor = Date.from(after);
    while (times.size() < count) {
      Date next = cron.getTimeAfter(cursor);
      if (next == null) {
        break;
      }
      ZonedDateTime local = next.toInstant().atZone(schedule.zone());
      if (schedule.skips(local.toLocalDate())) {
        // Jump past the holiday instead of walking it slot by slot; getTimeAfter adds a second.
        LocalDate firstFreeDay = firstDayNotSkipped(schedule, local.toLocalDate());
        cursor = Date.from(firstFreeDay.atStartOfDay(schedule.zone()).toInstant().minusSeconds(1));
      } else {
        times.add(local);
        cursor = next;
      }
    }
    return List.copyOf(times);
  }

  /**
   * The latest slot of {@code cron} at or before {@code instant}. On time, Quartz's scheduled fire
   * time is itself a slot; after a misfire ("fire once now") it is the moment of recovery, and this
   * maps it back to the missed slot so a late fire still names the occurrence it stands for.
   */
  static Instant latestSlotAtOrBefore(CronExpression cron, Instant instant) {
    Date cursor = Date.from(instant.minus(LOOK_BACK));
    Instant latest = instant;
    for (Date next = cron.getTimeAfter(cursor);
        next != null && !next.toInstant().isAfter(instant);
        next = cron.getTimeAfter(next)) {
      latest = next.toInstant();
    }
    return latest;
  }

  private static LocalDate firstDayNotSkipped(Schedule schedule, LocalDate skipped) {
    LocalDate day = skipped;
    while (schedule.skips(day)) {
      LocalDate current = day;
      day =
          schedule.skips().stream()
              .filter(range -> range.contains(current))
              .map(range -> range.to().plusDays(1))
              .max(LocalDate::compareTo)
              .orElseThrow();
    }
    return day;
  }

  private static String quartzDay(DayOfWeek day) {
    return day.name().substring(0, 3);
  }
}
