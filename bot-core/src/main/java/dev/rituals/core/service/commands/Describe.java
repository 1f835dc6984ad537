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

  static String when(ZonedDateTime time) {
    return WHEN.format(time) + " " + time.getZone().getId();
  }

  static String shorten(String text) {
    return text.length() <= 60 ? text : text.substring(0, 59) + "…";
  }
}
