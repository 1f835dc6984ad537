package dev.rituals.core.command;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A positive whole-minute length of time written like 3d, 2h, 90m, 1h30m or 1w. */
public record TimeSpan(Duration value) {
  static final String FORMS = "Write it like 3d, 2h, 90m or 1h30m.";
  private static final Duration MAX = Duration.ofDays(366);
  private static final Pattern PART =
      Pattern.compile("(\\d{1,5})\\s*(weeks?|w|days?|d|hours?|hrs?|h|minutes?|mins?|m)(?=\\d|$)");

  public TimeSpan {
    Objects.requireNonNull(value, "value");
    if (value.isNegative() || value.isZero() || value.compareTo(MAX) > 0) {
      throw new CommandSyntaxException(
          ErrorCode.BAD_DURATION, "A length of time must be between 1m and 366d, not " + value);
    }
    if (value.toSecondsPart() != 0 || value.toNanosPart() != 0) {
      throw new CommandSyntaxException(
          ErrorCode.BAD_DURATION, "Lengths of time are whole minutes, not " + value);
    }
  }

  public static TimeSpan ofMinutes(long minutes) {
    return new TimeSpan(Duration.ofMinutes(minutes));
  }

  public static TimeSpan parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    Matcher m = PART.matcher(t);
    Duration total = Duration.ZERO;
    int at = 0;
    while (at < t.length() && m.find(at) && m.start() == at) {
      long n = Long.parseLong(m.group(1));
      total = total.plus(unit(m.group(2)).multipliedBy(n));
      at = m.end();
    }
    if (t.isEmpty() || at != t.length()) {
      throw new CommandSyntaxException(
          ErrorCode.BAD_DURATION, Words.show(text) + " is not a length of time. " + FORMS);
    }
    if (total.isZero() || total.compareTo(MAX) > 0) {
      throw new CommandSyntaxException(
          ErrorCode.BAD_DURATION,
          Words.show(text) + " is out of range: use from 1m up to 366d. " + FORMS);
    }
    return new TimeSpan(total);
  }

  private static Duration unit(String unit) {
    return switch (unit.charAt(0)) {
      case 'w' -> Duration.ofDays(7);
      case 'd' -> Duration.ofDays(1);
      case 'h' -> Duration.ofHours(1);
      default -> Duration.ofMinutes(1);
    };
  }

  /** Compact form, the same one people type: 1d2h30m. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    if (value.toDaysPart() > 0) {
      s.append(value.toDaysPart()).append('d');
    }
    if (value.toHoursPart() > 0) {
      s.append(value.toHoursPart()).append('h');
    }
    if (value.toMinutesPart() > 0) {
      s.append(value.toMinutesPart()).append('m');
    }
    return s.toString();
  }
}
