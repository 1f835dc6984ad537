package dev.rituals.core.command;

import java.util.Optional;

/**
 * {@code schedule skip [remove] <date|from..to> [<ritual>|all]}, {@code schedule skip list}, {@code
 * schedule unskip ...}: a school holiday for every ritual of the community (and those added later),
 * or for one ritual. The date and the ritual may come in either order; "from to to" works too.
 */
final class SkipParser {
  static final long MAX_DAYS = 366;

  private SkipParser() {}

  /** After "skip": {@code list}, {@code remove <range>}, or a range to skip. */
  static Command skip(TokenCursor c) {
    if (c.consumeIf("list", "ls")) {
      c.expectEnd();
      return new Command.ScheduleSkipList();
    }
    if (c.consumeIf("remove", "rm", "delete")) {
      return parse(c, false);
    }
    return parse(c, true);
  }

  static Command.ScheduleSkip parse(TokenCursor c, boolean skip) {
    DateRange range = null;
    Optional<RitualRef> ritual = Optional.empty();
    boolean all = false;
    c.require("the date or range to skip (e.g. 2026-12-21..2027-01-03)");
    c.back();
    while (c.hasNext()) {
      Token word = c.next();
      if (word.is("all") && !all && ritual.isEmpty()) {
        all = true;
      } else if (range == null && looksLikeDate(word)) {
        range = range(word, c);
      } else if (!all && ritual.isEmpty() && !word.quoted() && !looksLikeDate(word)) {
        ritual = Optional.of(new RitualRef(word.text()));
      } else {
        throw c.unexpected(word, "Give one date or range, then optionally a ritual number.");
      }
    }
    if (range == null) {
      throw new CommandSyntaxException(
          ErrorCode.MISSING_ARGUMENT,
          "Missing the date or range to " + (skip ? "skip" : "stop skipping") + ".");
    }
    return new Command.ScheduleSkip(range, ritual, skip);
  }

  private static boolean looksLikeDate(Token word) {
    return !word.quoted() && word.text().matches("\\d{4}-.*");
  }

  private static DateRange range(Token word, TokenCursor c) {
    DateRange range;
    if (word.text().contains("..")) {
      String[] ends = word.text().split("\\.\\.", -1);
      if (ends.length != 2) {
        throw notARange(word);
      }
      range =
          new DateRange(
              ReportParser.date(Token.word(ends[0])), ReportParser.date(Token.word(ends[1])));
    } else if (c.nextIs("to", "until", "-")) {
      c.next();
      Token end = c.require("the last day of the range");
      range = new DateRange(ReportParser.date(word), ReportParser.date(end));
    } else {
      var day = ReportParser.date(word);
      range = new DateRange(day, day);
    }
    if (range.lengthInDays() > MAX_DAYS) {
      throw new CommandSyntaxException(
          ErrorCode.BAD_DATE_RANGE,
          Words.show(range.toString())
              + " is "
              + range.lengthInDays()
              + " days long; skip at most a year at a time.");
    }
    return range;
  }

  private static CommandSyntaxException notARange(Token word) {
    return new CommandSyntaxException(
        ErrorCode.BAD_DATE_RANGE,
        Words.show(word.text()) + " is not a date range. Write it like 2026-12-21..2027-01-03.");
  }
}
