package dev.rituals.core.schedule;

import dev.rituals.core.model.DateRange;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Skip dates as one string for a trigger's JobDataMap (which holds strings only, so a JDBC store
 * with {@code useProperties=true} can keep it): {@code
 * 2026-12-21..2027-01-03,2027-04-02..2027-04-02}.
 */
final class SkipDates {
  private static final String RANGE_SEPARATOR = ",";
  private static final String BOUND_SEPARATOR = "..";

  private SkipDates() {}

  static String encode(List<DateRange> ranges) {
    return ranges.stream()
        .map(range -> range.from() + BOUND_SEPARATOR + range.to())
        .collect(Collectors.joining(RANGE_SEPARATOR));
  }

  static List<DateRange> decode(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(text.split(RANGE_SEPARATOR))
        .map(SkipDates::range)
        .collect(Collectors.toUnmodifiableList());
  }

  static boolean skips(String encoded, LocalDate day) {
    return decode(encoded).stream().anyMatch(range -> range.contains(day));
  }

  private static DateRange range(String text) {
    int separator = text.indexOf(BOUND_SEPARATOR);
    if (separator < 0) {
      throw new IllegalArgumentException("not a date range: " + text);
    }
    return new DateRange(
        LocalDate.parse(text.substring(0, separator)),
        LocalDate.parse(text.substring(separator + BOUND_SEPARATOR.length())));
  }
}
