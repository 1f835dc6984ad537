package dev.rituals.core.testing;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.Hosting;
import dev.rituals.core.model.HostingState;
import dev.rituals.core.model.RitualId;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.HostingRepository;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Host invitations in memory, keyed like the database's unique (ritual, scheduledFor). */
public final class InMemoryHostings implements HostingRepository {
  private record Key(RitualId ritual, Instant scheduledFor) {}

  private final Map<Key, Hosting> rows = new ConcurrentHashMap<>();

  @Override
  public boolean insertIfAbsent(Hosting hosting) {
    return rows.putIfAbsent(key(hosting), hosting) == null;
  }

  @Override
  public void update(Hosting hosting) {
    rows.computeIfPresent(key(hosting), (k, old) -> hosting);
  }

  @Override
  public Optional<Hosting> find(RitualId ritual, Instant scheduledFor) {
    return Optional.ofNullable(rows.get(new Key(ritual, scheduledFor)));
  }

  @Override
  public Optional<Hosting> latest(RitualId ritual) {
    return rows.values().stream()
        .filter(h -> h.ritualId().equals(ritual))
        .max(Comparator.comparing(Hosting::scheduledFor));
  }

  @Override
  public List<Hosting> findInvited(UserRef host) {
    return rows.values().stream()
        .filter(h -> h.host().equals(host) && h.state() == HostingState.INVITED)
        .sorted(Comparator.comparing(Hosting::scheduledFor))
        .toList();
  }

  @Override
  public List<Hosting> hostings(CommunityId community) {
    return rows.values().stream()
        .filter(h -> h.communityId().equals(community))
        .sorted(Comparator.comparing(Hosting::scheduledFor))
        .toList();
  }

  private static Key key(Hosting hosting) {
    return new Key(hosting.ritualId(), hosting.scheduledFor());
  }
}
