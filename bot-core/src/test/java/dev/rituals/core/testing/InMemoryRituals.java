package dev.rituals.core.testing;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.RitualId;
import dev.rituals.core.port.RitualRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Rituals in memory. */
public final class InMemoryRituals implements RitualRepository {
  private final Map<RitualId, Ritual> rows = new ConcurrentHashMap<>();

  @Override
  public void save(Ritual ritual) {
    rows.put(ritual.id(), ritual);
  }

  @Override
  public Optional<Ritual> findById(RitualId id) {
    return Optional.ofNullable(rows.get(id));
  }

  @Override
  public Optional<Ritual> findByNumber(CommunityId community, int number) {
    return findByCommunity(community).stream().filter(r -> r.number() == number).findFirst();
  }

  @Override
  public List<Ritual> findByCommunity(CommunityId community) {
    return rows.values().stream()
        .filter(r -> r.communityId().equals(community))
        .sorted(Comparator.comparingInt(Ritual::number))
        .toList();
  }

  @Override
  public List<Ritual> findAllActive() {
    return rows.values().stream().filter(Ritual::isActive).toList();
  }

  @Override
  public int nextNumber(CommunityId community) {
    return findByCommunity(community).stream().mapToInt(Ritual::number).max().orElse(0) + 1;
  }

  @Override
  public boolean delete(RitualId id) {
    return rows.remove(id) != null;
  }
}
