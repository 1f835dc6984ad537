package dev.rituals.core.recognition;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.OccurrenceId;
import dev.rituals.core.model.UserRef;
import java.time.Instant;
import java.util.Objects;

/** A member hosted an occurrence (chose its question, ran the chat). One host per occurrence. */
public record Hosting(
    CommunityId communityId, OccurrenceId occurrenceId, UserRef host, Instant at) {
  public Hosting {
    Objects.requireNonNull(communityId, "communityId");
    Objects.requireNonNull(occurrenceId, "occurrenceId");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(at, "at");
  }
}
