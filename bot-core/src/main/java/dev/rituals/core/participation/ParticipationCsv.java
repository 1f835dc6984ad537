package dev.rituals.core.participation;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One CSV line per member (RFC 4180, UTF-8, CRLF). A cell that a spreadsheet would run as a formula
 * (starting with = + - @) gets a leading apostrophe: names are typed by people.
 */
public final class ParticipationCsv {
  public static final List<String> HEADER =
      List.of(
          "name",
          "platform",
          "user_id",
          "level",
          "answers",
          "occurrences_attended",
          "rituals_attended",
          "replies_to_peers",
          "current_streak",
          "longest_streak",
          "last_active",
          "new_voice",
          "member");

  private ParticipationCsv() {}

  public static byte[] render(CommunityMetrics metrics) {
    StringBuilder csv = new StringBuilder();
    line(csv, HEADER);
    for (MemberMetrics m : metrics.members()) {
      line(
          csv,
          List.of(
              m.displayName(),
              m.user().platform().name().toLowerCase(java.util.Locale.ROOT),
              m.user().userId(),
              m.level().label().toLowerCase(java.util.Locale.ROOT),
              Long.toString(m.answers()),
              Integer.toString(m.occurrencesAttended()),
              Integer.toString(m.ritualsAttended()),
              Long.toString(m.repliesToPeers()),
              Integer.toString(m.currentStreak()),
              Integer.toString(m.longestStreak()),
              m.lastActive().map(Object::toString).orElse(""),
              Boolean.toString(m.newVoice()),
              Boolean.toString(m.member())));
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void line(StringBuilder csv, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(cell(cells.get(i)));
    }
    csv.append("\r\n");
  }

  static String cell(String value) {
    String v = value;
    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0
        || v.indexOf('"') >= 0
        || v.indexOf('\n') >= 0
        || v.indexOf('\r') >= 0) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }
}
