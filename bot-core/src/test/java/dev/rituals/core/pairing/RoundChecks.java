package dev.rituals.core.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.PairingRole;
import dev.rituals.core.model.Profile;
import dev.rituals.core.model.UserRef;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.matching.DenseEdmondsMaximumCardinalityMatching;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Checks a round against the request with no code from the engine: hard constraints are recomputed
 * here from the profiles and the history.
 */
final class RoundChecks {
  private final PairingRequest request;
  private final PairingRound round;
  private final String context;
  private final Map<UserRef, PairingCandidate> byUser = new HashMap<>();

  RoundChecks(PairingRequest request, PairingRound round, String context) {
    this.request = request;
    this.round = round;
    this.context = context;
    request.candidates().forEach(c -> byUser.put(c.user(), c));
  }

  /** True when a hard constraint forbids a and b meeting in this round. */
  boolean forbidden(UserRef a, UserRef b) {
    Profile pa = byUser.get(a).profile();
    Profile pb = byUser.get(b).profile();
    if (a.equals(b) || pa.doNotPairWith().contains(b) || pb.doNotPairWith().contains(a)) {
      return true;
    }
    for (PastPairing past : request.history()) {
      boolean same =
          (past.first().equals(a) && past.second().equals(b))
              || (past.first().equals(b) && past.second().equals(a));
      boolean recent =
          past.roundDate().isAfter(request.date().minus(request.settings().recencyWindow()))
              && !past.roundDate().isAfter(request.date());
      if (same && recent && past.outcome() != MeetingOutcome.DID_NOT_MEET) {
        return true;
      }
    }
    return false;
  }

  boolean available(UserRef u) {
    Profile p = byUser.get(u).profile();
    return p.optedIn() && p.snoozedUntil().map(d -> !request.date().isBefore(d)).orElse(true);
  }

  RoundChecks noHardConstraintBroken() {
    for (PairingGroup g : round.groups()) {
      List<UserRef> users = g.users();
      for (UserRef u : users) {
        assertThat(available(u))
            .as("%s: %s is opted out or snoozed but placed", context, u)
            .isTrue();
      }
      for (int i = 0; i < users.size(); i++) {
        for (int j = i + 1; j < users.size(); j++) {
          assertThat(forbidden(users.get(i), users.get(j)))
              .as("%s: %s and %s may not meet", context, users.get(i), users.get(j))
              .isFalse();
        }
      }
    }
    return this;
  }

  /** Peer rounds: nobody twice, everyone accounted for exactly once, sizes within limits. */
  RoundChecks peerRoundIsAPartition() {
    Set<UserRef> seen = new HashSet<>();
    int maxSize = request.settings().groupSize() == GroupSize.PAIRS ? 3 : 4;
    for (PairingGroup g : round.groups()) {
      assertThat(g.members()).as("%s: group size", context).hasSizeBetween(2, maxSize);
      for (UserRef u : g.users()) {
        assertThat(seen.add(u)).as("%s: %s is in two groups", context, u).isTrue();
        assertThat(byUser.get(u).profile().roles()).as(context).contains(PairingRole.PEER);
      }
    }
    for (LeftOut l : round.leftOut()) {
      assertThat(seen.add(l.user()))
          .as("%s: %s both placed and left out", context, l.user())
          .isTrue();
    }
    assertThat(seen).as("%s: everyone accounted for", context).isEqualTo(byUser.keySet());
    return this;
  }

  /** At least as many people placed as a maximum matching of the allowed graph covers. */
  RoundChecks placesAtLeastAMaximumMatching() {
    List<UserRef> eligible =
        request.candidates().stream()
            .map(PairingCandidate::user)
            .filter(u -> available(u) && byUser.get(u).profile().roles().contains(PairingRole.PEER))
            .toList();
    if (eligible.isEmpty()) {
      assertThat(round.groups()).as(context).isEmpty();
      return this;
    }
    Graph<UserRef, DefaultEdge> allowed = new SimpleGraph<>(DefaultEdge.class);
    eligible.forEach(allowed::addVertex);
    for (int i = 0; i < eligible.size(); i++) {
      for (int j = i + 1; j < eligible.size(); j++) {
        if (!forbidden(eligible.get(i), eligible.get(j))) {
          allowed.addEdge(eligible.get(i), eligible.get(j));
        }
      }
    }
    int matched =
        new DenseEdmondsMaximumCardinalityMatching<>(allowed).getMatching().getEdges().size();
    long placed = round.placedUsers().count();
    assertThat(placed)
        .as("%s: placed vs maximum matching", context)
        .isGreaterThanOrEqualTo(2L * matched);
    return this;
  }

  /** Pairs mode: whoever is left out without a partner truly fits no pair of the round. */
  RoundChecks leftOutOnlyWhenNoPairCouldTakeThem() {
    for (LeftOut l : round.leftOut()) {
      if (l.reason() != LeftOutReason.NO_ALLOWED_PARTNER) {
        continue;
      }
      for (PairingGroup g : round.groups()) {
        if (g.members().size() == 2) {
          boolean fits = g.users().stream().noneMatch(u -> forbidden(u, l.user()));
          assertThat(fits)
              .as("%s: %s could have joined %s", context, l.user(), g.users())
              .isFalse();
        }
      }
    }
    return this;
  }
}
