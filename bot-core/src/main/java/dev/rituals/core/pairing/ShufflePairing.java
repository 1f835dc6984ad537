package dev.rituals.core.pairing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The baseline other tools use (Microsoft's Icebreaker): shuffle the opted-in members and pair
 * neighbours; with an odd count the last one joins the previous pair. It ignores scores, history
 * and don't-pair lists, which is what the benchmark compares the engine against.
 */
public final class ShufflePairing {
  public PairingRound round(PairingRequest request, Random random) {
    Eligibility.Peers peers = Eligibility.peers(request.candidates(), request.date());
    List<PairingCandidate> shuffled = new ArrayList<>(peers.eligible());
    Collections.shuffle(shuffled, random);
    List<List<PairingCandidate>> groups = new ArrayList<>();
    for (int i = 0; i + 1 < shuffled.size(); i += 2) {
      groups.add(new ArrayList<>(List.of(shuffled.get(i), shuffled.get(i + 1))));
    }
    List<LeftOut> leftOut = new ArrayList<>(peers.leftOut());
    Optional<PairingCandidate> odd =
        shuffled.size() % 2 == 1
            ? Optional.of(shuffled.get(shuffled.size() - 1))
            : Optional.empty();
    if (odd.isPresent() && groups.isEmpty()) {
      leftOut.add(
          Eligibility.left(
              odd.get(), LeftOutReason.NO_ALLOWED_PARTNER, "nobody else is in this round"));
    } else {
      odd.ifPresent(p -> groups.get(groups.size() - 1).add(p));
    }
    List<PairingGroup> result = new ArrayList<>();
    for (List<PairingCandidate> g : groups) {
      boolean trio = g.size() == 3;
      result.add(
          new PairingGroup(
              g.stream().map(p -> new GroupMember(p.user(), p.displayName())).toList(),
              Optional.empty(),
              0,
              "random shuffle",
              trio ? Optional.of(g.get(2).user()) : Optional.empty()));
    }
    return new PairingRound(RoundKind.PEER, request.date(), result, leftOut, "random shuffle");
  }
}
