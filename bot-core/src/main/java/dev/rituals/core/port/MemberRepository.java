package dev.rituals.core.port;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.Member;
import dev.rituals.core.model.UserRef;
import java.util.List;
import java.util.Optional;

/** Who belongs to which community, with which role. */
public interface MemberRepository {
  /** Inserts or updates the member (keyed by community and user). */
  void save(Member member);

  Optional<Member> find(CommunityId community, UserRef user);

  List<Member> findByCommunity(CommunityId community);

  /** Communities the user belongs to. */
  List<Member> findByUser(UserRef user);

  /**
   * @return whether a member was removed
   */
  boolean remove(CommunityId community, UserRef user);
}
