package dev.rituals.core.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/** An inclusive range of calendar dates, e.g. a school holiday. */
public record DateRange(LocalDate from, LocalDate to) {
  public DateRange {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("range ends (" + to + ") before it starts (" + from + ")");
    }
  }

  public static DateRange day(LocalDate day) {
    return new DateRange(day, day);
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }

  /** The instant the first day starts in {@code zone}. */
  public Instant startIn(ZoneId zone) {
    return from.atStartOfDay(zone).toInstant();
  }

  /** The instant after the last day ends in {@code zone} (exclusive). */
  public Instant endIn(ZoneId zone) {
    return to.plusDays(1).atStartOfDay(zone).toInstant();
  }
}
