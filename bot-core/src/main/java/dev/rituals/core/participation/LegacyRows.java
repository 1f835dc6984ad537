package dev.rituals.core.participation;

import dev.rituals.core.model.OccurrenceId;
import dev.rituals.core.model.RitualId;
import dev.rituals.core.model.UserRef;
import java.time.Instant;
import java.util.Objects;

/** TEMPORARY (branch s5-reports): the old row shapes, until the calculator reads PersonParts. */
final class LegacyRows {
  private LegacyRows() {}

  static record OccurrenceTurnout(
      OccurrenceId occurrence,
      RitualId ritual,
      Instant opensAt,
      Instant closesAt,
      int respondents) {
    OccurrenceTurnout {
      Objects.requireNonNull(occurrence, "occurrence");
      Objects.requireNonNull(ritual, "ritual");
      Objects.requireNonNull(opensAt, "opensAt");
      Objects.requireNonNull(closesAt, "closesAt");
    }
  }

  /** A member took part in an occurrence with {@code answers} answers, the last at that time. */
  static record Attendance(
      UserRef member, OccurrenceId occurrence, int answers, Instant lastAnsweredAt) {
    Attendance {
      Objects.requireNonNull(member, "member");
      Objects.requireNonNull(occurrence, "occurrence");
      Objects.requireNonNull(lastAnsweredAt, "lastAnsweredAt");
    }
  }

  /** How often a member replied to peers, the last time at {@code lastRepliedAt}. */
  static record PeerReplies(UserRef replier, long replies, Instant lastRepliedAt) {
    PeerReplies {
      Objects.requireNonNull(replier, "replier");
      Objects.requireNonNull(lastRepliedAt, "lastRepliedAt");
    }
  }
}
