package dev.rituals.slack.render;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import dev.rituals.core.participation.CommunityMetrics;
import dev.rituals.core.participation.EngagementLevel;
import dev.rituals.core.participation.MemberMetrics;
import java.util.Locale;
import java.util.Map;

/**
 * The App Home's participation section (last 30 days): the community's totals for everyone, the
 * members by engagement level and the most engaged members for moderators only.
 */
final class HomeParticipation {
  static final int TOP_MEMBERS = 5;

  private HomeParticipation() {}

  static LayoutBlock block(CommunityMetrics m, boolean moderator) {
    StringBuilder text =
        new StringBuilder("*Participation, last 30 days*")
            .append("\n• ")
            .append(m.totalAnswers())
            .append(" answers from ")
            .append(m.participants())
            .append(m.participants() == 1 ? " person" : " people")
            .append(", ")
            .append(m.newVoices())
            .append(" new ")
            .append(m.newVoices() == 1 ? "voice" : "voices")
            .append("\n• Mean response rate ")
            .append(Math.round(m.meanResponseRate() * 100))
            .append("%");
    if (moderator) {
      Map<EngagementLevel, Long> levels = m.levels();
      text.append("\n• Members: ");
      for (EngagementLevel level : EngagementLevel.values()) {
        text.append(level == EngagementLevel.CORE ? "" : " · ")
            .append(level.label().toLowerCase(Locale.ROOT))
            .append(' ')
            .append(levels.get(level));
      }
      m.members().stream()
          .filter(x -> x.answers() > 0)
          .limit(TOP_MEMBERS)
          .forEach(
              x ->
                  text.append("\n• ")
                      .append(Mrkdwn.escape(Mrkdwn.limit(x.displayName(), 80)))
                      .append(": ")
                      .append(x.answers())
                      .append(x.answers() == 1 ? " answer" : " answers")
                      .append(streak(x)));
      if (m.weeks().size() > 1) {
        text.append("\n• Weekly people: ");
        m.weeks().forEach(w -> text.append(w.participants()).append(' '));
      }
    }
    return section(s -> s.text(markdownText(Mrkdwn.limit(text.toString().strip(), 3000))));
  }

  private static String streak(MemberMetrics m) {
    return m.currentStreak() > 1 ? ", " + m.currentStreak() + " in a row" : "";
  }
}
