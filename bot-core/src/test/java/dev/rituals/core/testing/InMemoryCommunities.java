package dev.rituals.core.testing;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.TenantRef;
import dev.rituals.core.port.CommunityRepository;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Communities in memory, with the same channel-uniqueness rule as the database. */
public final class InMemoryCommunities implements CommunityRepository {
  private final Map<CommunityId, Community> rows = new ConcurrentHashMap<>();

  @Override
  public synchronized void save(Community community) {
    for (ChannelRef channel : community.channels()) {
      Optional<Community> owner = findByChannel(channel);
      if (owner.isPresent() && !owner.get().id().equals(community.id())) {
        throw new ChannelTakenException(channel);
      }
    }
    rows.put(community.id(), community);
  }

  @Override
  public Optional<Community> findById(CommunityId id) {
    return Optional.ofNullable(rows.get(id));
  }

  @Override
  public Optional<Community> findByChannel(ChannelRef channel) {
    return rows.values().stream().filter(c -> c.meetsIn(channel)).findFirst();
  }

  @Override
  public List<Community> findByTenant(TenantRef tenant) {
    return rows.values().stream()
        .filter(
            c ->
                c.owner().equals(tenant)
                    || c.channels().stream().anyMatch(ch -> ch.tenant().equals(tenant)))
        .toList();
  }

  @Override
  public long count() {
    return rows.size();
  }
}
