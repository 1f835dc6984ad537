package dev.rituals.core.command;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A wall-clock time to the minute: accepts 07:00, 19:05, 7am, 7:30pm, 7.30 pm, noon, midnight. */
public record TimeOfDay(LocalTime value) {
  private static final Pattern FORM =
      Pattern.compile("(\\d{1,2})(?:[:.h](\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?");
  private static final String FORMS = "Write 07:00, 19:05, 7am or 7:30pm.";

  public TimeOfDay {
    Objects.requireNonNull(value, "value");
    if (value.getSecond() != 0 || value.getNano() != 0) {
      throw new CommandSyntaxException(
          ErrorCode.BAD_TIME, "Times are to the minute; " + value + " has seconds.");
    }
  }

  public static TimeOfDay of(int hour, int minute) {
    return new TimeOfDay(LocalTime.of(hour, minute));
  }

  public static TimeOfDay parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.equals("noon") || t.equals("midday")) {
      return of(12, 0);
    }
    if (t.equals("midnight")) {
      return of(0, 0);
    }
    Matcher m = FORM.matcher(t);
    if (!m.matches()) {
      throw bad(text, "is not a time. " + FORMS);
    }
    int hour = Integer.parseInt(m.group(1));
    int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    if (minute > 59) {
      throw bad(text, "is not a time: minutes go from 00 to 59. " + FORMS);
    }
    if (m.group(3) != null) {
      if (hour < 1 || hour > 12) {
        throw bad(text, "is not a time: with am/pm the hour goes from 1 to 12. " + FORMS);
      }
      boolean pm = m.group(3).startsWith("p");
      return of(hour % 12 + (pm ? 12 : 0), minute);
    }
    if (m.group(2) == null) {
      // "7" could be morning or evening; guessing wrong posts a prompt at 7 at night.
      throw bad(
          text,
          "is ambiguous: write "
              + String.format(Locale.ROOT, "%02d:00", Math.min(hour, 23))
              + (hour >= 1 && hour <= 12 ? " or " + hour + "pm." : "."));
    }
    if (hour > 23) {
      throw bad(text, "is not a time: hours go from 00 to 23. " + FORMS);
    }
    return of(hour, minute);
  }

  private static CommandSyntaxException bad(String text, String why) {
    return new CommandSyntaxException(ErrorCode.BAD_TIME, Words.show(text) + " " + why);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
