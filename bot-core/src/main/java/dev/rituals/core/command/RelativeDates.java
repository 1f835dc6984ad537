package dev.rituals.core.command;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Report ranges relative to today: today, yesterday, this-week, last-week, this-month, last-month,
 * this-year, last-year, last-N-days, last-N-weeks, last-N-months ("past" works like "last", spaces
 * like dashes). "last-week" is the previous calendar week, Monday to Sunday; "last-7-days" ends
 * today.
 */
final class RelativeDates {
  static final String FORMS =
      "Use today, yesterday, this-week, last-week, this-month, last-month, this-year or"
          + " last-30-days.";
  private static final Pattern FORM =
      Pattern.compile("(last|past|this)-(?:(\\d{1,4})-)?(days?|weeks?|months?|years?)");

  private RelativeDates() {}

  static boolean startsRelative(Token first) {
    String w = first.lower();
    return !first.quoted()
        && (w.equals("today")
            || w.equals("yesterday")
            || w.startsWith("last")
            || w.startsWith("past")
            || w.startsWith("this"));
  }

  static DateRange resolve(List<Token> words, LocalDate today) {
    StringBuilder joined = new StringBuilder();
    for (Token word : words) {
      joined.append(joined.length() == 0 ? "" : "-").append(word.text());
    }
    String text = joined.toString();
    String w = text.toLowerCase(Locale.ROOT);
    if (w.equals("today")) {
      return new DateRange(today, today);
    }
    if (w.equals("yesterday")) {
      return new DateRange(today.minusDays(1), today.minusDays(1));
    }
    Matcher m = FORM.matcher(w);
    if (!m.matches() || (m.group(2) != null && m.group(1).equals("this"))) {
      throw bad(text);
    }
    String unit = m.group(3).replaceAll("s$", "");
    if (m.group(2) != null) {
      int n = Integer.parseInt(m.group(2));
      if (n < 1 || n > 3660) {
        throw bad(text);
      }
      return switch (unit) {
        case "day" -> DateRange.lastDays(n, today);
        case "week" -> DateRange.lastDays(7 * n, today);
        case "month" -> new DateRange(today.minusMonths(n).plusDays(1), today);
        default -> new DateRange(today.minusYears(n).plusDays(1), today);
      };
    }
    boolean previous = !m.group(1).equals("this");
    return switch (unit) {
      case "day" ->
          previous ? resolve(List.of(Token.word("yesterday")), today) : new DateRange(today, today);
      case "week" -> week(previous ? today.minusWeeks(1) : today, previous, today);
      case "month" ->
          previous ? month(today.minusMonths(1)) : new DateRange(today.withDayOfMonth(1), today);
      default ->
          previous
              ? new DateRange(
                  today.minusYears(1).withDayOfYear(1),
                  today.minusYears(1).with(TemporalAdjusters.lastDayOfYear()))
              : new DateRange(today.withDayOfYear(1), today);
    };
  }

  private static DateRange week(LocalDate day, boolean whole, LocalDate today) {
    LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return new DateRange(monday, whole ? monday.plusDays(6) : today);
  }

  private static DateRange month(LocalDate day) {
    return new DateRange(day.withDayOfMonth(1), day.with(TemporalAdjusters.lastDayOfMonth()));
  }

  private static CommandSyntaxException bad(String text) {
    return new CommandSyntaxException(
        ErrorCode.BAD_DATE, Words.show(text) + " is not a date range I know. " + FORMS);
  }
}
