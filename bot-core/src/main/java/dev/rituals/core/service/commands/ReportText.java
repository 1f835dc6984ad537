package dev.rituals.core.service.commands;

import dev.rituals.core.model.UserRef;
import dev.rituals.core.usecase.ParticipationReport;
import dev.rituals.core.usecase.ParticipationReport.MemberLine;
import dev.rituals.core.usecase.ParticipationReport.OccurrenceLine;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A report as text. Moderators see everyone's counts; a member sees the community's totals and
 * their own line, so the report guides the community and never shames anyone.
 */
final class ReportText {
  static final int MAX_MEMBER_LINES = 25;
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

  private ReportText() {}

  static String render(ParticipationReport report, ZoneId zone, boolean moderator, UserRef viewer) {
    StringBuilder text =
        new StringBuilder("*Participation in ")
            .append(report.communityName())
            .append("*, ")
            .append(report.range().from())
            .append(" to ")
            .append(report.range().to())
            .append("\n• Members: ")
            .append(report.memberCount())
            .append("\n• Answers: ")
            .append(report.totalAnswers())
            .append(" from ")
            .append(report.members().size())
            .append(report.members().size() == 1 ? " person" : " people");
    if (!report.occurrences().isEmpty()) {
      text.append("\n*Turnout*");
      for (OccurrenceLine o : report.occurrences()) {
        text.append("\n• ")
            .append(DAY.format(o.opensAt().atZone(zone)))
            .append(": ")
            .append(o.respondents())
            .append(" of ")
            .append(o.members())
            .append(" (")
            .append(Math.round(o.responseRate() * 100))
            .append("%)");
      }
    }
    if (moderator && !report.members().isEmpty()) {
      text.append("\n*Answers by member*\n")
          .append(
              report.members().stream()
                  .limit(MAX_MEMBER_LINES)
                  .map(m -> "• " + m.displayName() + ": " + m.answers())
                  .collect(Collectors.joining("\n")));
      if (report.members().size() > MAX_MEMBER_LINES) {
        text.append("\n…and ").append(report.members().size() - MAX_MEMBER_LINES).append(" more.");
      }
    } else if (!moderator) {
      long mine =
          report.members().stream()
              .filter(m -> m.user().equals(viewer))
              .mapToLong(MemberLine::answers)
              .sum();
      text.append("\nYou answered ").append(mine).append(mine == 1 ? " time." : " times.");
    }
    if (report.occurrences().isEmpty() && report.members().isEmpty()) {
      text.append("\nNothing happened in these dates yet.");
    }
    return text.toString();
  }
}
