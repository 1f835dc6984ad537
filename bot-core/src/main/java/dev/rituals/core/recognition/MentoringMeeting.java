package dev.rituals.core.recognition;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.UserRef;
import java.time.Instant;
import java.util.Objects;

/**
 * A mentoring or peer meeting a member reported as held, from a pairing round's follow-up. {@code
 * meetingRef} names the pair in its round (stable across redeliveries of the follow-up answer).
 */
public record MentoringMeeting(
    CommunityId communityId, String meetingRef, UserRef member, Instant metAt) {
  public MentoringMeeting {
    Objects.requireNonNull(communityId, "communityId");
    Objects.requireNonNull(meetingRef, "meetingRef");
    if (meetingRef.isBlank() || meetingRef.length() > 200) {
      throw new IllegalArgumentException("meetingRef must be 1..200 characters");
    }
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(metAt, "metAt");
  }
}
