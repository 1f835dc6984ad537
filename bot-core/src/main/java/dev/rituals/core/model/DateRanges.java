package dev.rituals.core.model;

import java.util.List;

/** Operations on lists of skipped date ranges. */
final class DateRanges {
  private DateRanges() {}

  /** The ranges that do not lie entirely inside {@code within}. */
  static List<DateRange> without(List<DateRange> ranges, DateRange within) {
    return ranges.stream()
        .filter(r -> !(within.contains(r.from()) && within.contains(r.to())))
        .toList();
  }
}
