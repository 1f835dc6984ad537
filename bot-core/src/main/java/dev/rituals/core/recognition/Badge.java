package dev.rituals.core.recognition;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.UserRef;
import java.time.Instant;
import java.util.Objects;

/**
 * A badge a member earned in a community, with the evidence that earned it (an answer, occurrence
 * or meeting id), so the award can be traced back to what the member did.
 */
public record Badge(
    CommunityId communityId, UserRef member, BadgeKind kind, Instant awardedAt, String evidence) {
  public static final int MAX_EVIDENCE = 300;

  public Badge {
    Objects.requireNonNull(communityId, "communityId");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(awardedAt, "awardedAt");
    Objects.requireNonNull(evidence, "evidence");
    if (evidence.isBlank() || evidence.length() > MAX_EVIDENCE) {
      throw new IllegalArgumentException("evidence must be 1.." + MAX_EVIDENCE + " characters");
    }
  }
}
