package dev.rituals.core.usecase;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.RitualId;
import dev.rituals.core.participation.CommunityMetrics;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What one person sees on their home screen, one entry per community they belong to. */
public record HomeView(List<CommunityHome> communities) {
  public HomeView {
    communities = List.copyOf(communities);
  }

  /**
   * A community as the viewer sees it.
   *
   * @param moderator whether the viewer moderates it (and may pause/resume its rituals)
   * @param zone the community's time zone, for date ranges of reports
   * @param streak how many of the latest occurrences in a row the viewer answered
   * @param recentAnswers the viewer's latest answers, newest first
   * @param participation the community's participation metrics of the last 30 days; a screen shows
   *     everyone's lines to moderators only, and to a member the totals and their own line
   */
  public record CommunityHome(
      CommunityId id,
      String name,
      ZoneId zone,
      boolean moderator,
      int streak,
      List<RitualLine> rituals,
      List<RecentAnswer> recentAnswers,
      Optional<CommunityMetrics> participation) {
    public CommunityHome {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(zone, "zone");
      rituals = List.copyOf(rituals);
      recentAnswers = List.copyOf(recentAnswers);
      Objects.requireNonNull(participation, "participation");
    }

    public CommunityHome(
        CommunityId id,
        String name,
        ZoneId zone,
        boolean moderator,
        int streak,
        List<RitualLine> rituals,
        List<RecentAnswer> recentAnswers) {
      this(id, name, zone, moderator, streak, rituals, recentAnswers, Optional.empty());
    }
  }

  /**
   * A ritual of the community.
   *
   * @param summary e.g. "Weekly prompt, Fri 07:00"
   * @param nextAt the next time it fires, in the viewer's zone; empty when paused
   */
  public record RitualLine(
      RitualId id, int number, String summary, boolean paused, Optional<ZonedDateTime> nextAt) {
    public RitualLine {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(summary, "summary");
      Objects.requireNonNull(nextAt, "nextAt");
    }
  }

  /** One of the viewer's answers: to which question, when. */
  public record RecentAnswer(String question, Instant answeredAt) {
    public RecentAnswer {
      Objects.requireNonNull(question, "question");
      Objects.requireNonNull(answeredAt, "answeredAt");
    }
  }
}
