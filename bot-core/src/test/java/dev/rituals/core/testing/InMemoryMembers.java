package dev.rituals.core.testing;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.Member;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.MemberRepository;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Members in memory, keyed by (community, user). */
public final class InMemoryMembers implements MemberRepository {
  private record Key(CommunityId community, UserRef user) {}

  private final Map<Key, Member> rows = new ConcurrentHashMap<>();

  @Override
  public void save(Member member) {
    rows.put(new Key(member.communityId(), member.user()), member);
  }

  @Override
  public Optional<Member> find(CommunityId community, UserRef user) {
    return Optional.ofNullable(rows.get(new Key(community, user)));
  }

  @Override
  public List<Member> findByCommunity(CommunityId community) {
    return rows.values().stream()
        .filter(m -> m.communityId().equals(community))
        .sorted((a, b) -> a.joinedAt().compareTo(b.joinedAt()))
        .toList();
  }

  @Override
  public List<Member> findByUser(UserRef user) {
    return rows.values().stream().filter(m -> m.user().equals(user)).toList();
  }

  @Override
  public boolean remove(CommunityId community, UserRef user) {
    return rows.remove(new Key(community, user)) != null;
  }
}
