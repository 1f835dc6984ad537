package dev.rituals.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One run of a ritual, for one schedule instant. {@code scheduledFor} is unique per ritual, which
 * is what makes firing idempotent across retries, restarts and cluster nodes.
 */
public record Occurrence(
    OccurrenceId id,
    RitualId ritualId,
    CommunityId communityId,
    Instant scheduledFor,
    Instant opensAt,
    Instant closesAt,
    OccurrenceState state) {
  public Occurrence {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(ritualId, "ritualId");
    Objects.requireNonNull(communityId, "communityId");
    Objects.requireNonNull(scheduledFor, "scheduledFor");
    Objects.requireNonNull(opensAt, "opensAt");
    Objects.requireNonNull(closesAt, "closesAt");
    if (!closesAt.isAfter(opensAt)) {
      throw new IllegalArgumentException("an occurrence must close after it opens");
    }
    Objects.requireNonNull(state, "state");
  }

  public boolean isOpenAt(Instant instant) {
    return state == OccurrenceState.OPEN
        && !instant.isBefore(opensAt)
        && instant.isBefore(closesAt);
  }

  public Occurrence closed() {
    return new Occurrence(
        id, ritualId, communityId, scheduledFor, opensAt, closesAt, OccurrenceState.CLOSED);
  }
}
