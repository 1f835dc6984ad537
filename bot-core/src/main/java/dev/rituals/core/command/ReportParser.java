package dev.rituals.core.command;

import dev.rituals.core.command.Command.Report;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code report [<from> [<to>]]}: "2026-09-01", "2026-09-01 2026-10-31", "2026-09-01..2026-10-31",
 * "from 2026-09-01 to 2026-10-31", "since 2026-09-01" or a relative word (see {@link
 * RelativeDates}). No dates means the last 30 days.
 */
final class ReportParser {
  static final int DEFAULT_DAYS = 30;
  private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final String DATE_FORMS = "Use YYYY-MM-DD, e.g. 2026-09-01.";

  private final Clock clock;

  ReportParser(Clock clock) {
    this.clock = clock;
  }

  Report parse(TokenCursor c) {
    c.usage(Usage.REPORT);
    LocalDate today = LocalDate.now(clock);
    List<Token> words = new ArrayList<>();
    while (c.hasNext()) {
      words.add(c.next());
    }
    if (words.isEmpty()) {
      return new Report(DateRange.lastDays(DEFAULT_DAYS, today));
    }
    if (RelativeDates.startsRelative(words.get(0))) {
      return new Report(RelativeDates.resolve(words, today));
    }
    return new Report(absolute(words, today));
  }

  private static DateRange absolute(List<Token> words, LocalDate today) {
    List<Token> dates = new ArrayList<>();
    boolean since = false;
    for (Token word : words) {
      if (word.is("from") && dates.isEmpty()) {
        continue;
      }
      if (word.is("since") && dates.isEmpty()) {
        since = true;
      } else if ((word.is("to") || word.is("until") || word.is("..")) && dates.size() == 1) {
        continue;
      } else if (!word.quoted() && word.text().contains("..") && dates.isEmpty()) {
        String[] ends = word.text().split("\\.\\.", -1);
        if (ends.length != 2) {
          throw notADate(word.text());
        }
        dates.add(Token.word(ends[0]));
        dates.add(Token.word(ends[1]));
      } else if (dates.size() < 2 && !(since && dates.size() == 1)) {
        dates.add(word);
      } else {
        throw new CommandSyntaxException(
            ErrorCode.UNEXPECTED_WORD,
            Words.show(word.text()) + " was not expected: a report takes a start and an end date.");
      }
    }
    if (dates.isEmpty()) {
      throw new CommandSyntaxException(
          ErrorCode.MISSING_ARGUMENT,
          "Missing the date after " + Words.show(words.get(words.size() - 1).text()) + ".");
    }
    LocalDate from = date(dates.get(0));
    LocalDate to = dates.size() == 2 ? date(dates.get(1)) : today;
    if (dates.size() == 1 && from.isAfter(today)) {
      throw new CommandSyntaxException(
          ErrorCode.BAD_DATE_RANGE,
          Words.show(dates.get(0).text())
              + " is in the future; give an end date too, e.g. "
              + dates.get(0).text()
              + ".."
              + from.plusMonths(1)
              + ".");
    }
    return new DateRange(from, to);
  }

  static LocalDate date(Token word) {
    Matcher m = DATE.matcher(word.text().strip());
    if (!m.matches()) {
      throw notADate(word.text());
    }
    int year = Integer.parseInt(m.group(1));
    if (year < DateRange.MIN_YEAR || year > DateRange.MAX_YEAR) {
      throw new CommandSyntaxException(
          ErrorCode.BAD_DATE,
          Words.show(word.text()) + " is out of range: dates go from the year 2000 to 2100.");
    }
    try {
      return LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      throw new CommandSyntaxException(
          ErrorCode.BAD_DATE, Words.show(word.text()) + " is not a calendar date. " + DATE_FORMS);
    }
  }

  private static CommandSyntaxException notADate(String text) {
    return new CommandSyntaxException(
        ErrorCode.BAD_DATE,
        Words.show(text)
            + " is not a date. "
            + DATE_FORMS
            + " Ranges: 2026-09-01..2026-10-31, last-week, this-month, last-30-days.");
  }
}
