package dev.rituals.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A one-time code a moderator gets with {@code community link}; typed in another channel (on either
 * platform) it binds that channel to the community. Codes expire and work once.
 */
public record LinkCode(String code, CommunityId communityId, UserRef createdBy, Instant expiresAt) {
  public LinkCode {
    code = Ids.requireToken(code, "code");
    Objects.requireNonNull(communityId, "communityId");
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }
}
