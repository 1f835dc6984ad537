package dev.rituals.core.service.commands;

import dev.rituals.core.model.Ritual;
import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Short human descriptions of rituals and times, the same on both platforms. */
final class Describe {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

  private Describe() {}

  static String ritual(Ritual ritual) {
    String kind =
        switch (ritual.kind()) {
          case PROMPT -> "prompt";
          case LIVE_CHAT ->
              "live chat, "
                  + ritual.plan().questions()
                  + " questions every "
                  + ritual.plan().every().toMinutes()
                  + "m";
          case SLOW_CHAT -> "slow chat over " + ritual.plan().days() + " days";
          case PAIRING -> "pairing round";
        };
    String questions =
        ritual
            .fixedQuestion()
            .map(q -> "“" + shorten(q) + "”")
            .orElse(
                ritual.bankTag().map(t -> "from the bank (#" + t + ")").orElse("from the bank"));
    return "#"
        + ritual.number()
        + " "
        + kind
        + " · "
        + days(ritual.schedule().days())
        + " at "
        + ritual.schedule().time()
        + " "
        + ritual.schedule().zone().getId()
        + " · "
        + questions
        + (ritual.isActive() ? "" : " · *paused*");
  }

  /** What members who have not answered get before an occurrence closes. */
  static String reminder(Ritual ritual) {
    if (ritual.reminderLead().isZero()) {
      return "no private nudge before it closes.";
    }
    return "one private nudge "
        + span(ritual.reminderLead())
        + " before it closes, to members who haven't answered (and have nudges on).";
  }

  /** 1d2h30m, the form people type. */
  static String span(java.time.Duration span) {
    StringBuilder s = new StringBuilder();
    if (span.toDaysPart() > 0) {
      s.append(span.toDaysPart()).append('d');
    }
    if (span.toHoursPart() > 0) {
      s.append(span.toHoursPart()).append('h');
    }
    if (span.toMinutesPart() > 0) {
      s.append(span.toMinutesPart()).append('m');
    }
    return s.length() == 0 ? "0m" : s.toString();
  }

  static String days(Set<DayOfWeek> days) {
    if (days.size() == 7) {
      return "daily";
    }
    if (days.equals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY))) {
      return "weekdays";
    }
    return days.stream()
        .sorted()
        .map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
        .collect(Collectors.joining(", "));
  }

  /** 2026-12-21..2027-01-03, or one date. */
  static String range(dev.rituals.core.model.DateRange range) {
    return range.from().equals(range.to())
        ? range.from().toString()
        : range.from() + ".." + range.to();
  }

  static String when(ZonedDateTime time) {
    return WHEN.format(time) + " " + time.getZone().getId();
  }

  static String shorten(String text) {
    return text.length() <= 60 ? text : text.substring(0, 59) + "…";
  }
}
