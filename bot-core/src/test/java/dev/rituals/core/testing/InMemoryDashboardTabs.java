package dev.rituals.core.testing;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.port.DashboardTabs;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Dashboard generations in a map, for tests of the core alone. */
public final class InMemoryDashboardTabs implements DashboardTabs {
  private final Map<CommunityId, Integer> generations = new ConcurrentHashMap<>();

  @Override
  public int generation(CommunityId community) {
    return generations.getOrDefault(community, 0);
  }

  @Override
  public int reset(CommunityId community, Instant at) {
    return generations.merge(community, 1, Integer::sum);
  }
}
