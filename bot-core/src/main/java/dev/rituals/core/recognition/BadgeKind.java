package dev.rituals.core.recognition;

/** The badges and milestones a member can earn; each is awarded at most once per community. */
public enum BadgeKind {
  FIRST_ANSWER("First answer", "answered a community question for the first time"),
  FIVE_WEEK_STREAK("5-week streak", "answered in five weeks in a row"),
  TWENTY_FIVE_ANSWERS("25 answers", "shared 25 answers with the community"),
  HOSTED_A_CHAT("Hosted a chat", "hosted a chat for the community"),
  FIRST_MENTORING_MEETING("First mentoring meeting", "met a mentoring partner for the first time");

  private final String title;
  private final String description;

  BadgeKind(String title, String description) {
    this.title = title;
    this.description = description;
  }

  public String title() {
    return title;
  }

  /** Reads after a name: "Ana answered in five weeks in a row". */
  public String description() {
    return description;
  }
}
