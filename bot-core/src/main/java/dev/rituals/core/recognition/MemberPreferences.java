package dev.rituals.core.recognition;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A member's recognition choices in one community: whether their badges are announced in the
 * channel, and when they last got a private invitation to join in (at most one a month).
 */
public record MemberPreferences(boolean announceBadges, Optional<Instant> lastInvitedAt) {
  public static final MemberPreferences DEFAULT = new MemberPreferences(true, Optional.empty());

  public MemberPreferences {
    Objects.requireNonNull(lastInvitedAt, "lastInvitedAt");
  }

  public MemberPreferences withAnnounceBadges(boolean announce) {
    return new MemberPreferences(announce, lastInvitedAt);
  }

  public MemberPreferences invitedAt(Instant at) {
    return new MemberPreferences(announceBadges, Optional.of(at));
  }
}
