package dev.rituals.core.port;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.PairRecord;
import dev.rituals.core.model.PairResponse;
import dev.rituals.core.model.PairingRitual;
import dev.rituals.core.model.UserRef;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Pairing rituals, and every group of every round (the history recency depends on). */
public interface PairingRepository {
  /** Inserts or replaces the community's ritual of that kind. */
  void saveRitual(PairingRitual ritual);

  Optional<PairingRitual> findRitual(CommunityId community, String kind);

  List<PairingRitual> allRituals();

  /** Stores the groups of one round (new ids). */
  void saveRound(List<PairRecord> groups);

  Optional<PairRecord> findPair(UUID pairId);

  /** Every group of the community's rounds, oldest round first. */
  List<PairRecord> history(CommunityId community);

  /** A member's answer to the follow-up; a later answer replaces an earlier one. */
  void respond(UUID pairId, UserRef member, PairResponse response);
}
