package dev.rituals.core.recognition;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One line of a member's PD-hours ledger: an activity on a (community-local) date, the time it
 * counts for under the community's rule, and the ids that prove it (answers, occurrence, meeting).
 */
public record PdEntry(
    LocalDate date, Activity activity, Duration credit, String source, List<String> evidence) {
  public enum Activity {
    LIVE_CHAT("attended live chat"),
    PROMPT("answered prompt"),
    MENTORING("mentoring meeting");

    private final String label;

    Activity(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public PdEntry {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(credit, "credit");
    Objects.requireNonNull(source, "source");
    evidence = List.copyOf(evidence);
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("a ledger entry needs evidence");
    }
  }
}
