package dev.rituals.core.pairing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A peer round: the optimal matching for the stated weight, then groups.
 *
 * <p>Matching weight of an allowed pair = score × (⌊n/2⌋ + 1) + 1 if the pair belongs to the
 * preferred round-robin round ({@link RoundRobin}). A matching has at most ⌊n/2⌋ pairs, so the
 * bonus can never outweigh a single score point: the matching is exactly optimal for the score and,
 * among equal-score matchings, takes the most schedule pairs. Disallowed pairs (don't-pair lists,
 * met within the recency window) are simply not edges, and {@link MaxWeightMatching} first places
 * as many people as possible.
 */
final class PeerRoundPlanner {
  PairingRound plan(PairingRequest request) {
    PairingSettings settings = request.settings();
    Eligibility.Peers peers = Eligibility.peers(request.candidates(), request.date());
    Roster roster = new Roster(peers.eligible(), request);
    List<LeftOut> leftOut = new ArrayList<>(peers.leftOut());
    int n = roster.size();
    PairScorer scorer = new PairScorer(roster, settings);
    RoundRobin schedule = new RoundRobin(n);
    int[] forbiddenPerRound = schedule.forbiddenPerRound(roster.blockedPairs());
    int round = RoundRobin.preferredRound(forbiddenPerRound);
    long factor = n / 2 + 1;
    CandidateEdges.Pairs pairs =
        new CandidateEdges.Pairs() {
          @Override
          public long score(int i, int j) {
            return scorer.peer(i, j) * factor + (schedule.partner(i, round) == j ? 1 : 0);
          }

          @Override
          public boolean allowed(int i, int j) {
            return roster.allowed(i, j);
          }
        };
    RoundMatching matching =
        RoundMatching.of(
            n,
            pairs,
            settings.exactUpTo(),
            settings.candidatesPerMember(),
            roster.blockOrder(),
            v -> schedule.partner(v, round));
    OddOneOut odd = new OddOneOut(roster, scorer, schedule, round, forbiddenPerRound);
    List<Draft> drafts = new ArrayList<>();
    List<Integer> unplaced = new ArrayList<>();
    if (settings.groupSize() == GroupSize.PAIRS) {
      unplaced.addAll(new PairsWithOddOne(roster, scorer, odd).place(n, matching, drafts));
    } else {
      int[] mate = matching.solve(-1);
      List<Integer> singles = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (mate[i] > i) {
          drafts.add(new Draft(i, mate[i]));
        } else if (mate[i] < 0) {
          singles.add(i);
        }
      }
      drafts = new GroupMerger(roster, scorer, settings).merge(drafts, singles, odd, unplaced);
    }
    for (int i : unplaced) {
      leftOut.add(
          Eligibility.left(roster.person(i), LeftOutReason.NO_ALLOWED_PARTNER, why(i, n, roster)));
    }
    drafts.sort(Comparator.comparingInt(Draft::first));
    Reasons reasons = new Reasons(roster);
    List<PairingGroup> groups = new ArrayList<>();
    for (Draft d : drafts) {
      groups.add(toGroup(d, roster, scorer, reasons));
    }
    return new PairingRound(RoundKind.PEER, request.date(), groups, leftOut, matching.method());
  }

  private static PairingGroup toGroup(Draft d, Roster roster, PairScorer scorer, Reasons reasons) {
    List<GroupMember> members = new ArrayList<>();
    for (int m : d.members) {
      members.add(new GroupMember(roster.person(m).user(), roster.person(m).displayName()));
    }
    String reason;
    if (d.size() == 2) {
      reason = reasons.pair(d.members.get(0), d.members.get(1));
    } else {
      int[] closest = closestPair(d, scorer);
      reason = reasons.group(d.members, closest[0], closest[1], d.joined);
    }
    return new PairingGroup(
        members,
        Optional.empty(),
        PairScorer.toScore(d.points(scorer)),
        reason,
        d.joined < 0 ? Optional.empty() : Optional.of(roster.person(d.joined).user()));
  }

  private static int[] closestPair(Draft d, PairScorer scorer) {
    int[] best = {d.members.get(0), d.members.get(1)};
    long bestScore = Long.MIN_VALUE;
    for (int a = 0; a < d.size(); a++) {
      for (int b = a + 1; b < d.size(); b++) {
        long s = scorer.peer(d.members.get(a), d.members.get(b));
        if (s > bestScore) {
          bestScore = s;
          best = new int[] {d.members.get(a), d.members.get(b)};
        }
      }
    }
    return best;
  }

  private static String why(int i, int n, Roster roster) {
    if (n == 1) {
      return "nobody else is in this round";
    }
    for (int j = 0; j < n; j++) {
      if (roster.allowed(i, j)) {
        return "every group they could join would break a don't-pair list or a recent meeting";
      }
    }
    return "everyone else is on a don't-pair list or was met within the recency window";
  }
}
