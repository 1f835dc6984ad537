package dev.rituals.core.port;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.recognition.Badge;
import java.util.List;

/** Badges members earned; a member holds each kind at most once per community. */
public interface BadgeRepository {
  /**
   * Stores the badge unless the member already holds that kind in that community.
   *
   * @return true if newly awarded
   */
  boolean awardIfAbsent(Badge badge);

  /** The member's badges in the community, oldest first. */
  List<Badge> findByMember(CommunityId community, UserRef member);

  /**
   * @return how many badges were removed
   */
  int deleteByMember(CommunityId community, UserRef member);
}
