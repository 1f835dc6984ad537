package dev.rituals.core.participation;

/**
 * How engaged a member was over a report's dates (definitions also in the README, "Participation
 * metrics"). Lurking is legitimate peripheral participation: the levels guide moderators, they are
 * never shown to the community as a ranking.
 */
public enum EngagementLevel {
  /**
   * Answered in at least 2 occurrences and in at least half of the occurrences of their rituals.
   */
  CORE,
  /** Answered at least once, but not enough to be core. */
  ACTIVE,
  /** No answer, but visible: replied to a peer's answer, or joined during the dates. */
  PERIPHERAL,
  /** No answer and no reply during the dates, and a member since before them. */
  DORMANT;

  public String label() {
    return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
  }
}
