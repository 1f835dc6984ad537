package dev.rituals.core.model;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * When a ritual fires: on some weekdays at a local time in a time zone, open for a window, except
 * on skipped dates (school holidays). Local time is kept across daylight-saving changes.
 */
public record Schedule(
    Set<DayOfWeek> days, LocalTime time, ZoneId zone, Duration window, List<DateRange> skips) {
  public static final Duration MAX_WINDOW = Duration.ofDays(30);

  public Schedule {
    if (days == null || days.isEmpty()) {
      throw new IllegalArgumentException("a schedule needs at least one day");
    }
    days = Set.copyOf(EnumSet.copyOf(days));
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(window, "window");
    if (window.isNegative() || window.isZero() || window.compareTo(MAX_WINDOW) > 0) {
      throw new IllegalArgumentException("window must be between 1 minute and 30 days");
    }
    skips = List.copyOf(skips);
  }

  public static Schedule weekly(DayOfWeek day, LocalTime time, ZoneId zone, Duration window) {
    return new Schedule(Set.of(day), time, zone, window, List.of());
  }

  public boolean skips(LocalDate localDate) {
    return skips.stream().anyMatch(range -> range.contains(localDate));
  }

  /** With {@code range} skipped too; adding a range already there changes nothing. */
  public Schedule withSkip(DateRange range) {
    if (skips.contains(range)) {
      return this;
    }
    var more = new java.util.ArrayList<>(skips);
    more.add(range);
    return new Schedule(days, time, zone, window, more);
  }

  /** Without the skipped ranges that lie inside {@code within}. */
  public Schedule withoutSkipsWithin(DateRange within) {
    return new Schedule(days, time, zone, window, DateRanges.without(skips, within));
  }
}
