package dev.rituals.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A schedule instant that produced no occurrence because the bot was down (or the scheduler
 * stalled) until after the occurrence's window would have closed. Recorded so moderators can see
 * why a round is missing.
 */
public record MissedOccurrence(
    RitualId ritualId, CommunityId communityId, Instant scheduledFor, Instant recordedAt) {
  public MissedOccurrence {
    Objects.requireNonNull(ritualId, "ritualId");
    Objects.requireNonNull(communityId, "communityId");
    Objects.requireNonNull(scheduledFor, "scheduledFor");
    Objects.requireNonNull(recordedAt, "recordedAt");
    if (recordedAt.isBefore(scheduledFor)) {
      throw new IllegalArgumentException("a missed occurrence is recorded after its instant");
    }
  }
}
