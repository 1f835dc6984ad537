package dev.rituals.core.service.commands;

import dev.rituals.core.model.UserRef;
import dev.rituals.core.participation.CommunityMetrics;
import dev.rituals.core.participation.EngagementLevel;
import dev.rituals.core.participation.MemberMetrics;
import dev.rituals.core.participation.OccurrenceMetrics;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A report as short text (definitions in the README, "Participation metrics"). Moderators see
 * everyone's line; a member sees the community's totals and their own line, so the report guides
 * the community and never shames anyone.
 */
final class ReportText {
  static final int MAX_MEMBER_LINES = 25;
  static final int MAX_OCCURRENCE_LINES = 10;
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

  private ReportText() {}

  static String render(CommunityMetrics m, boolean moderator, UserRef viewer) {
    StringBuilder text =
        new StringBuilder("*Participation in ")
            .append(m.communityName())
            .append("*, ")
            .append(m.range().from())
            .append(" to ")
            .append(m.range().to())
            .append("\n• Members: ")
            .append(m.memberCount())
            .append("\n• Answers: ")
            .append(m.totalAnswers())
            .append(" from ")
            .append(m.participants())
            .append(m.participants() == 1 ? " person" : " people")
            .append("\n• New voices: ")
            .append(m.newVoices())
            .append("\n• Mean response rate: ")
            .append(percent(m.meanResponseRate()));
    if (moderator) {
      Map<EngagementLevel, Long> levels = m.levels();
      text.append("\n• Members by level: ");
      for (EngagementLevel level : EngagementLevel.values()) {
        text.append(level == EngagementLevel.CORE ? "" : ", ")
            .append(level.label().toLowerCase(Locale.ROOT))
            .append(' ')
            .append(levels.get(level));
      }
    }
    turnout(m, text);
    if (moderator) {
      members(m, text);
    } else {
      Optional<MemberMetrics> mine =
          m.members().stream().filter(x -> x.user().equals(viewer)).findFirst();
      long answers = mine.map(MemberMetrics::answers).orElse(0L);
      text.append("\nYou answered ").append(answers).append(answers == 1 ? " time." : " times.");
      mine.filter(x -> x.longestStreak() > 0)
          .ifPresent(
              x ->
                  text.append(" Streak: ")
                      .append(x.currentStreak())
                      .append(" (longest ")
                      .append(x.longestStreak())
                      .append(")."));
    }
    if (m.occurrences().isEmpty() && m.totalAnswers() == 0) {
      text.append("\nNothing happened in these dates yet.");
    }
    return text.toString();
  }

  private static void turnout(CommunityMetrics m, StringBuilder text) {
    if (m.occurrences().isEmpty()) {
      return;
    }
    text.append("\n*Turnout*");
    int skip = Math.max(0, m.occurrences().size() - MAX_OCCURRENCE_LINES);
    if (skip > 0) {
      text.append("\n• …").append(skip).append(" earlier");
    }
    for (OccurrenceMetrics o : m.occurrences().subList(skip, m.occurrences().size())) {
      text.append("\n• ")
          .append(DAY.format(o.opensAt().atZone(m.zone())))
          .append(": ")
          .append(o.respondents())
          .append(" of ")
          .append(o.members())
          .append(" (")
          .append(percent(o.responseRate()))
          .append(")");
    }
  }

  private static void members(CommunityMetrics m, StringBuilder text) {
    var answered = m.members().stream().filter(x -> x.answers() > 0).toList();
    if (answered.isEmpty()) {
      return;
    }
    text.append("\n*Answers by member*");
    answered.stream()
        .limit(MAX_MEMBER_LINES)
        .forEach(
            x ->
                text.append("\n• ")
                    .append(x.displayName())
                    .append(": ")
                    .append(x.answers())
                    .append(" (")
                    .append(x.level().label().toLowerCase(Locale.ROOT))
                    .append(", streak ")
                    .append(x.currentStreak())
                    .append(", ")
                    .append(x.repliesToPeers())
                    .append(x.repliesToPeers() == 1 ? " reply" : " replies")
                    .append(" to peers)"));
    if (answered.size() > MAX_MEMBER_LINES) {
      text.append("\n…and ").append(answered.size() - MAX_MEMBER_LINES).append(" more.");
    }
  }

  static String percent(double rate) {
    return Math.round(rate * 100) + "%";
  }
}
