package dev.rituals.core.recognition;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Streaks of consecutive weeks with at least one answer. Weeks start on Monday in the community's
 * time zone, so a Sunday-evening answer in New York counts for that Sunday's week.
 */
public final class WeeklyStreak {
  private WeeklyStreak() {}

  /** The Monday of the first week in which the run reached {@code length} weeks, if it did. */
  public static Optional<LocalDate> reached(Collection<Instant> answers, ZoneId zone, int length) {
    TreeSet<LocalDate> weeks = new TreeSet<>();
    for (Instant at : answers) {
      weeks.add(
          at.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }
    int run = 0;
    LocalDate previous = null;
    for (LocalDate week : weeks) {
      run = previous != null && previous.plusWeeks(1).equals(week) ? run + 1 : 1;
      if (run >= length) {
        return Optional.of(week);
      }
      previous = week;
    }
    return Optional.empty();
  }
}
