package dev.rituals.core.command;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** An inclusive range of calendar days (reports, skipped dates), within the years 2000-2100. */
public record DateRange(LocalDate from, LocalDate to) {
  public static final int MIN_YEAR = 2000;
  public static final int MAX_YEAR = 2100;

  public DateRange {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    checkYear(from);
    checkYear(to);
    if (from.isAfter(to)) {
      throw new CommandSyntaxException(
          ErrorCode.BAD_DATE_RANGE,
          "The start "
              + Words.show(from.toString())
              + " is after the end "
              + Words.show(to.toString())
              + "; put the earlier date first.");
    }
  }

  /** The last {@code n} days, today included. */
  public static DateRange lastDays(int n, LocalDate today) {
    return new DateRange(today.minusDays(n - 1L), today);
  }

  public long lengthInDays() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  static void checkYear(LocalDate date) {
    if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
      throw new CommandSyntaxException(
          ErrorCode.BAD_DATE,
          Words.show(date.toString())
              + " is out of range: dates go from the year "
              + MIN_YEAR
              + " to "
              + MAX_YEAR
              + ".");
    }
  }

  @Override
  public String toString() {
    return from + ".." + to;
  }
}
