package dev.rituals.core.port;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.UserRef;
import java.time.Instant;

/**
 * Erases what the core's other ports cannot: answers in bulk, a person's profile, and traces of the
 * person in platform tables (replies they wrote, direct messages queued for them, link codes they
 * made, stored conversation references).
 */
public interface MemberDataEraser {
  /**
   * Deletes the member's answers in the community (and replies to them).
   *
   * @return how many answers were deleted
   */
  int deleteAnswers(CommunityId community, UserRef author);

  /**
   * Keeps the member's answers in the community but credits them to {@code anonymous}, an identity
   * that cannot be traced back to the person.
   *
   * @return how many answers were anonymised
   */
  int anonymiseAnswers(CommunityId community, UserRef author, UserRef anonymous);

  /** Deletes the profile and every platform-level trace of the person, in any community. */
  void erasePerson(UserRef person);

  /**
   * Deletes the community's answers given before {@code cutoff} (retention).
   *
   * @return how many were deleted
   */
  int deleteAnswersBefore(CommunityId community, Instant cutoff);
}
