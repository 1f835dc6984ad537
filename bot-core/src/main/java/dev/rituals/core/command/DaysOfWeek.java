package dev.rituals.core.command;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The days a ritual runs on; never empty. Parses "mon,wed", "mon, wed", "monday", "mondays",
 * "mon-fri", "weekdays", "weekends", "daily".
 */
public record DaysOfWeek(Set<DayOfWeek> days) {
  static final String FORMS =
      "Use mon, tue, wed, thu, fri, sat, sun (comma-separated), weekdays, weekends or daily.";
  private static final Map<String, Set<DayOfWeek>> WORDS = words();

  public DaysOfWeek {
    Objects.requireNonNull(days, "days");
    if (days.isEmpty()) {
      throw new CommandSyntaxException(ErrorCode.BAD_DAY, "Name at least one day. " + FORMS);
    }
    days = Collections.unmodifiableSet(EnumSet.copyOf(days));
  }

  public static DaysOfWeek of(DayOfWeek first, DayOfWeek... rest) {
    return new DaysOfWeek(EnumSet.of(first, rest));
  }

  public static DaysOfWeek everyDay() {
    return new DaysOfWeek(EnumSet.allOf(DayOfWeek.class));
  }

  /** Parses a list of day words separated by commas and/or spaces. */
  public static DaysOfWeek parse(String text) {
    EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String part : text.split("[,\\s]+")) {
      if (!part.isEmpty()) {
        days.addAll(parsePart(part));
      }
    }
    return new DaysOfWeek(days);
  }

  /** True when every comma-separated part of the word names days: the list may go on. */
  static boolean isDays(String word) {
    String[] parts = word.split(",");
    if (parts.length == 0) {
      return false;
    }
    for (String part : parts) {
      if (!part.isEmpty() && !isDayPart(part)) {
        return false;
      }
    }
    return true;
  }

  /** True when the word is a near miss of a day word ("fryday"), worth a day-specific error. */
  static boolean looksLikeDay(String word) {
    String first = word.split(",", -1)[0];
    return isDays(word) || EditDistance.nearest(first, WORDS.keySet()).isPresent();
  }

  private static boolean isDayPart(String part) {
    try {
      parsePart(part);
      return true;
    } catch (CommandSyntaxException e) {
      return false;
    }
  }

  private static Set<DayOfWeek> parsePart(String part) {
    String p = part.toLowerCase(Locale.ROOT);
    Set<DayOfWeek> named = WORDS.get(p);
    if (named != null) {
      return named;
    }
    int dash = p.indexOf('-');
    if (dash > 0) {
      Set<DayOfWeek> from = WORDS.get(p.substring(0, dash));
      Set<DayOfWeek> to = WORDS.get(p.substring(dash + 1));
      if (from != null && to != null && from.size() == 1 && to.size() == 1) {
        return range(from.iterator().next(), to.iterator().next());
      }
    }
    String hint =
        EditDistance.nearest(p, WORDS.keySet())
            .map(near -> " Did you mean " + Words.show(near) + "?")
            .orElse("");
    throw new CommandSyntaxException(
        ErrorCode.BAD_DAY, Words.show(part) + " is not a day." + hint + " " + FORMS);
  }

  /** Inclusive and wrapping, so "fri-mon" is a long weekend. */
  private static Set<DayOfWeek> range(DayOfWeek from, DayOfWeek to) {
    EnumSet<DayOfWeek> days = EnumSet.of(from);
    for (DayOfWeek d = from; d != to; d = d.plus(1)) {
      days.add(d.plus(1));
    }
    return days;
  }

  private static Map<String, Set<DayOfWeek>> words() {
    Map<String, Set<DayOfWeek>> words = new HashMap<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      String full = day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
      Set<DayOfWeek> one = EnumSet.of(day);
      words.put(full, one);
      words.put(full + "s", one);
      words.put(full.substring(0, 3), one);
    }
    words.put("tues", EnumSet.of(DayOfWeek.TUESDAY));
    words.put("weds", EnumSet.of(DayOfWeek.WEDNESDAY));
    words.put("thur", EnumSet.of(DayOfWeek.THURSDAY));
    words.put("thurs", EnumSet.of(DayOfWeek.THURSDAY));
    Set<DayOfWeek> weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    Set<DayOfWeek> weekends = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    Set<DayOfWeek> all = EnumSet.allOf(DayOfWeek.class);
    for (String w : new String[] {"weekdays", "weekday", "workdays", "school-days"}) {
      words.put(w, weekdays);
    }
    words.put("weekends", weekends);
    words.put("weekend", weekends);
    for (String w : new String[] {"daily", "everyday", "every-day", "all-days"}) {
      words.put(w, all);
    }
    words.replaceAll((word, days) -> Collections.unmodifiableSet(days));
    return Map.copyOf(words);
  }

  @Override
  public String toString() {
    return days.stream()
        .map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(","));
  }
}
