package dev.rituals.core.participation;

import dev.rituals.core.model.DateRange;
import dev.rituals.core.port.ParticipationQueries.Slot;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Monday-to-Sunday weeks (in the community's zone) that a report's dates touch, and the
 * per-week tallies of {@link WeekTrend}. Everything is an array indexed by week, and each
 * occurrence's week is found once: a whole-history report spans over a thousand weeks and hands
 * over hundreds of thousands of entries, so nothing here may scan the occurrences per week.
 */
final class WeekGrid {
  private final LocalDate firstMonday;
  private final int[] weekOfSlot;
  private final long[] answers;
  private final int[] people;
  private final int[] lastPerson;

  WeekGrid(DateRange range, ZoneId zone, List<Slot> slots) {
    this.firstMonday = monday(range.from());
    int weeks = (int) (ChronoUnit.DAYS.between(firstMonday, monday(range.to())) / 7) + 1;
    this.answers = new long[weeks];
    this.people = new int[weeks];
    this.lastPerson = new int[weeks];
    this.weekOfSlot = new int[slots.size()];
    for (int s = 0; s < weekOfSlot.length; s++) {
      LocalDate monday = monday(slots.get(s).opensAt().atZone(zone).toLocalDate());
      long week = ChronoUnit.DAYS.between(firstMonday, monday) / 7;
      // Storage hands over only occurrences that opened in the dates; one that did not belongs to
      // no week, as before.
      weekOfSlot[s] = week < 0 || week >= weeks ? -1 : (int) week;
    }
  }

  /**
   * Counts {@code answers} to the occurrence at {@code slot} by the person numbered {@code person}
   * (numbers start at 1; all entries of one person come before the next person's).
   */
  void answered(int slot, int answers, int person) {
    int week = weekOfSlot[slot];
    if (week < 0) {
      return;
    }
    this.answers[week] += answers;
    if (lastPerson[week] != person) {
      lastPerson[week] = person;
      people[week]++;
    }
  }

  /**
   * One trend per week, oldest first; {@code occurrences} are the range's, by slot. The mean rate
   * of a week averages its occurrences' rates in slot order, as a stream did before.
   */
  List<WeekTrend> trends(List<OccurrenceMetrics> occurrences) {
    int weeks = answers.length;
    // A counting sort of the slots by week keeps each week's occurrences in slot order.
    int[] start = new int[weeks + 1];
    for (int week : weekOfSlot) {
      if (week >= 0) {
        start[week + 1]++;
      }
    }
    for (int w = 0; w < weeks; w++) {
      start[w + 1] += start[w];
    }
    int[] next = Arrays.copyOf(start, weeks);
    double[] rates = new double[start[weeks]];
    for (int s = 0; s < weekOfSlot.length; s++) {
      int week = weekOfSlot[s];
      if (week >= 0) {
        rates[next[week]++] = occurrences.get(s).responseRate();
      }
    }
    List<WeekTrend> trends = new ArrayList<>(weeks);
    LocalDate monday = firstMonday;
    for (int w = 0; w < weeks; w++) {
      int count = start[w + 1] - start[w];
      double rate =
          count == 0 ? 0 : Arrays.stream(rates, start[w], start[w + 1]).average().orElse(0);
      trends.add(new WeekTrend(monday, count, answers[w], people[w], rate));
      monday = monday.plusWeeks(1);
    }
    return trends;
  }

  static LocalDate monday(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }
}
