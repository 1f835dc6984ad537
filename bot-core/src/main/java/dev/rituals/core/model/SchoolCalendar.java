package dev.rituals.core.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A community's school calendar: the days of its school week (Mon–Fri unless changed, e.g. Sun–Thu)
 * and the dates it has off (holidays), which every ritual of the community skips.
 */
public record SchoolCalendar(Set<DayOfWeek> schoolDays, List<DateRange> skips) {
  public static final SchoolCalendar DEFAULT =
      new SchoolCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), List.of());

  public SchoolCalendar {
    if (schoolDays == null || schoolDays.isEmpty()) {
      throw new IllegalArgumentException("a school week needs at least one day");
    }
    schoolDays = Set.copyOf(EnumSet.copyOf(schoolDays));
    skips = List.copyOf(Objects.requireNonNull(skips, "skips"));
  }

  public boolean skips(LocalDate day) {
    return skips.stream().anyMatch(range -> range.contains(day));
  }

  /** A day of the school week that is not a skipped date. */
  public boolean isSchoolDay(LocalDate day) {
    return schoolDays.contains(day.getDayOfWeek()) && !skips(day);
  }

  public SchoolCalendar withSchoolDays(Set<DayOfWeek> days) {
    return new SchoolCalendar(days, skips);
  }

  public SchoolCalendar withSkip(DateRange range) {
    if (skips.contains(range)) {
      return this;
    }
    List<DateRange> more = new ArrayList<>(skips);
    more.add(range);
    return new SchoolCalendar(schoolDays, more);
  }

  /** Without the skipped ranges that lie inside {@code within}. */
  public SchoolCalendar withoutSkipsWithin(DateRange within) {
    return new SchoolCalendar(schoolDays, DateRanges.without(skips, within));
  }
}
