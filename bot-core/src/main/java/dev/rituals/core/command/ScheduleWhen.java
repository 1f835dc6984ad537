package dev.rituals.core.command;

import java.util.ArrayList;
import java.util.List;

/** Reads the days and the time of "schedule add", which may span several tokens. */
final class ScheduleWhen {
  private ScheduleWhen() {}

  /** "fri", "mon,wed", "mon, wed", "mon wed", "mon and wed", "on weekdays", "every friday". */
  static DaysOfWeek days(TokenCursor c) {
    c.consumeIf("on", "every");
    Token first = c.require("the days (e.g. fri or mon,wed)");
    if (!first.quoted() && !DaysOfWeek.looksLikeDay(first.text()) && isTime(first.text())) {
      throw new CommandSyntaxException(
          ErrorCode.BAD_DAY,
          Words.show(first.text())
              + " is a time, but the days come first, e.g. fri 07:00. "
              + DaysOfWeek.FORMS);
    }
    List<String> words = new ArrayList<>(List.of(first.text()));
    boolean more = first.text().endsWith(",");
    while (c.hasNext()) {
      Token next = c.peek();
      if (next.quoted()) {
        break;
      }
      if (more || DaysOfWeek.isDays(next.text())) {
        words.add(c.next().text());
        more = next.text().endsWith(",");
      } else if ((next.is("and") || next.is("&")) && followedByDay(c)) {
        c.next();
        more = true;
      } else {
        break;
      }
    }
    // Each word is checked on its own, so an error names the one wrong day, not the whole list.
    words.forEach(DaysOfWeek::parse);
    return DaysOfWeek.parse(String.join(",", words));
  }

  /** "07:00", "7am", "7 am", "at 7:30pm". A near-miss day word gets a day error, not a time one. */
  static TimeOfDay time(TokenCursor c) {
    c.consumeIf("at");
    Token token = c.require("the time (e.g. 07:00 or 7pm)");
    String text = token.text();
    if (c.nextIs("am", "pm", "a.m.", "p.m.")) {
      text = text + c.next().text();
    }
    if (!token.quoted() && !isTime(text) && DaysOfWeek.looksLikeDay(text)) {
      DaysOfWeek.parse(text); // throws the day error naming the word
      throw new CommandSyntaxException(
          ErrorCode.BAD_DAY,
          Words.show(text) + " is a day, but the days are already given. Put all days first.");
    }
    return TimeOfDay.parse(text);
  }

  private static boolean followedByDay(TokenCursor c) {
    c.next();
    boolean day = c.hasNext() && !c.peek().quoted() && DaysOfWeek.isDays(c.peek().text());
    c.back();
    return day;
  }

  private static boolean isTime(String text) {
    try {
      TimeOfDay.parse(text);
      return true;
    } catch (CommandSyntaxException e) {
      return text.matches("\\d.*"); // "7" or "25:00": meant as a time, just not a valid one
    }
  }
}
