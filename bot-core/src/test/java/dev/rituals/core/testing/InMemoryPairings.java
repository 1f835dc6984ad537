package dev.rituals.core.testing;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.PairRecord;
import dev.rituals.core.model.PairResponse;
import dev.rituals.core.model.PairingRitual;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.PairingRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Pairing rituals and rounds in memory; callers hold the transaction lock. */
public final class InMemoryPairings implements PairingRepository {
  private final Map<String, PairingRitual> rituals = new LinkedHashMap<>();
  private final Map<UUID, PairRecord> pairs = new LinkedHashMap<>();

  @Override
  public synchronized void saveRitual(PairingRitual ritual) {
    rituals.put(ritual.key(), ritual);
  }

  @Override
  public synchronized Optional<PairingRitual> findRitual(CommunityId community, String kind) {
    return Optional.ofNullable(rituals.get(community + ":" + kind));
  }

  @Override
  public synchronized List<PairingRitual> allRituals() {
    return List.copyOf(rituals.values());
  }

  @Override
  public synchronized void saveRound(List<PairRecord> groups) {
    groups.forEach(g -> pairs.put(g.id(), g));
  }

  @Override
  public synchronized Optional<PairRecord> findPair(UUID pairId) {
    return Optional.ofNullable(pairs.get(pairId));
  }

  @Override
  public synchronized List<PairRecord> history(CommunityId community) {
    List<PairRecord> found = new ArrayList<>();
    for (PairRecord p : pairs.values()) {
      if (p.communityId().equals(community)) {
        found.add(p);
      }
    }
    found.sort(Comparator.comparing(PairRecord::ranAt));
    return found;
  }

  @Override
  public synchronized void respond(UUID pairId, UserRef member, PairResponse response) {
    pairs.computeIfPresent(pairId, (id, p) -> p.withResponse(member, response));
  }

  /** Puts {@code anonymous} in the person's seats, as erasing a person does. */
  public synchronized void anonymise(UserRef person, UserRef anonymous) {
    pairs.replaceAll(
        (id, p) -> {
          if (!p.members().contains(person)) {
            return p;
          }
          java.util.List<UserRef> members = new java.util.ArrayList<>(p.members());
          java.util.List<String> names = new java.util.ArrayList<>(p.names());
          int seat = members.indexOf(person);
          members.set(seat, anonymous);
          names.set(seat, "a former member");
          Map<UserRef, PairResponse> responses = new java.util.HashMap<>(p.responses());
          PairResponse said = responses.remove(person);
          if (said != null) {
            responses.put(anonymous, said);
          }
          return new PairRecord(
              p.id(),
              p.roundId(),
              p.communityId(),
              p.kind(),
              p.roundDate(),
              p.ranAt(),
              members,
              names,
              p.reason(),
              p.score(),
              responses);
        });
  }
}
