package dev.rituals.core.port;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.RitualId;
import java.util.List;
import java.util.Optional;

/** A community's rituals and their schedules. */
public interface RitualRepository {
  /** Inserts or updates. {@code (communityId, number)} is unique. */
  void save(Ritual ritual);

  Optional<Ritual> findById(RitualId id);

  /** By the short number moderators see in {@code schedule list}. */
  Optional<Ritual> findByNumber(CommunityId community, int number);

  List<Ritual> findByCommunity(CommunityId community);

  /** Every active ritual, for re-scheduling at start-up. */
  List<Ritual> findAllActive();

  /** The number the next ritual of the community gets. */
  int nextNumber(CommunityId community);

  /**
   * @return whether a ritual was deleted
   */
  boolean delete(RitualId id);
}
