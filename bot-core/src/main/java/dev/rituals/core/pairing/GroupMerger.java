package dev.rituals.core.pairing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups of three and four, built from the round's optimal pairs.
 *
 * <p>Approach: (1) the peer matching gives pairs and maybe singles. (2) For g = ⌈n/4⌉ groups, n =
 * 4g − r needs r groups of three, hence r singles: the lowest-scoring pairs are split until there
 * are r (five people make a three and a two). (3) An exact matching of singles to pairs makes the
 * threes: as many singles placed as possible, then the best total of new cross scores; a single may
 * only join a pair where no hard constraint is broken. (4) A second exact matching merges the
 * remaining pairs into fours, under the same rule. (5) A pair nobody could merge with stays a pair;
 * a single nobody could take joins any group below four that accepts them, else pairs with another
 * such single, else is left out.
 *
 * <p>This is optimal for the pairs and for the merge step separately, not over all partitions into
 * threes and fours (that problem is NP-hard); the pairs it starts from are the best pairs.
 */
final class GroupMerger {
  private final Roster roster;
  private final PairScorer scorer;
  private final PairingSettings settings;

  GroupMerger(Roster roster, PairScorer scorer, PairingSettings settings) {
    this.roster = roster;
    this.scorer = scorer;
    this.settings = settings;
  }

  /** Merged groups; singles that could not be placed are added to {@code unplaced}. */
  List<Draft> merge(
      List<Draft> pairs, List<Integer> singles, OddOneOut odd, List<Integer> unplaced) {
    List<Draft> pairList = new ArrayList<>(pairs);
    List<Integer> lone = new ArrayList<>(singles);
    int placed = 2 * pairs.size() + singles.size();
    int wanted = placed <= 4 ? lone.size() : placed == 5 ? 1 : (4 - placed % 4) % 4;
    pairList.sort(
        Comparator.comparingLong((Draft d) -> d.points(scorer)).thenComparing(Draft::first));
    while (lone.size() < wanted && pairList.size() >= 2) {
      Draft broken = pairList.remove(0);
      lone.addAll(broken.members);
    }
    List<Draft> groups = new ArrayList<>();
    List<Integer> leftAlone = new ArrayList<>();
    List<Draft> unmergedPairs = new ArrayList<>();
    // Singles first, so that every single finds a pair before pairs pair up among themselves.
    int[] mate =
        MaxWeightMatching.solve(pairList.size() + lone.size(), singleToPairEdges(pairList, lone));
    for (int p = 0; p < pairList.size(); p++) {
      if (mate[p] >= 0) {
        Draft trio = new Draft(pairList.get(p).members);
        trio.members.add(lone.get(mate[p] - pairList.size()));
        groups.add(trio);
      } else {
        unmergedPairs.add(pairList.get(p));
      }
    }
    for (int s = 0; s < lone.size(); s++) {
      if (mate[pairList.size() + s] < 0) {
        leftAlone.add(lone.get(s));
      }
    }
    CandidateEdges.Graph graph =
        CandidateEdges.build(
            unmergedPairs.size(),
            new PairPairs(unmergedPairs),
            settings.exactUpTo(),
            settings.candidatesPerMember(),
            v -> -1);
    int[] pairMate = MaxWeightMatching.solve(unmergedPairs.size(), graph.edges());
    for (int u = 0; u < unmergedPairs.size(); u++) {
      if (pairMate[u] > u) {
        List<Integer> members = new ArrayList<>(unmergedPairs.get(u).members);
        members.addAll(unmergedPairs.get(pairMate[u]).members);
        groups.add(new Draft(members));
      } else if (pairMate[u] < 0) {
        groups.add(unmergedPairs.get(u));
      }
    }
    List<Integer> stillAlone = odd.place(groups, leftAlone, 4, false);
    pairUp(stillAlone, groups, unplaced);
    return groups;
  }

  private void pairUp(List<Integer> alone, List<Draft> groups, List<Integer> unplaced) {
    List<Integer> rest = new ArrayList<>(alone);
    while (!rest.isEmpty()) {
      int a = rest.remove(0);
      Integer partner = rest.stream().filter(b -> roster.allowed(a, b)).findFirst().orElse(null);
      if (partner == null) {
        unplaced.add(a);
      } else {
        rest.remove(partner);
        groups.add(new Draft(a, partner));
      }
    }
  }

  /** Pairs are vertices 0..P−1, singles P..P+S−1; a single may join a pair that accepts them. */
  private EdgeList singleToPairEdges(List<Draft> pairs, List<Integer> singles) {
    EdgeList edges = new EdgeList();
    for (int s = 0; s < singles.size(); s++) {
      for (int p = 0; p < pairs.size(); p++) {
        if (pairs.get(p).accepts(singles.get(s), roster)) {
          edges.add(p, pairs.size() + s, pairs.get(p).gainIf(singles.get(s), scorer));
        }
      }
    }
    return edges;
  }

  /** Two pairs may merge when no hard constraint crosses them; worth their four cross scores. */
  private final class PairPairs implements CandidateEdges.Pairs {
    private final List<Draft> pairs;

    PairPairs(List<Draft> pairs) {
      this.pairs = pairs;
    }

    @Override
    public long score(int i, int j) {
      long total = 0;
      for (int a : pairs.get(i).members) {
        total += pairs.get(j).gainIf(a, scorer);
      }
      return total;
    }

    @Override
    public boolean allowed(int i, int j) {
      for (int a : pairs.get(i).members) {
        if (!pairs.get(j).accepts(a, roster)) {
          return false;
        }
      }
      return true;
    }
  }
}
