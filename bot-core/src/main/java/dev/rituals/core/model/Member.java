package dev.rituals.core.model;

import java.time.Instant;
import java.util.Objects;

/** A person in a community, by platform identity. */
public record Member(
    CommunityId communityId,
    UserRef user,
    String displayName,
    MemberRole role,
    Instant joinedAt,
    boolean nudgesEnabled) {
  public Member {
    Objects.requireNonNull(communityId, "communityId");
    Objects.requireNonNull(user, "user");
    displayName =
        displayName == null || displayName.isBlank()
            ? user.userId()
            : Ids.requireText(displayName, "displayName", 120);
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(joinedAt, "joinedAt");
  }

  public static Member joining(CommunityId community, UserRef user, String name, Instant at) {
    return new Member(community, user, name, MemberRole.MEMBER, at, true);
  }

  public Member withRole(MemberRole newRole) {
    return new Member(communityId, user, displayName, newRole, joinedAt, nudgesEnabled);
  }

  public Member withNudges(boolean enabled) {
    return new Member(communityId, user, displayName, role, joinedAt, enabled);
  }
}
