package dev.rituals.core.pairing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups of three and four, built from the round's optimal pairs.
 *
 * <p>Approach: (1) the peer matching gives pairs and maybe singles. (2) For g = ⌈n/4⌉ groups, n =
 * 4g − r needs r groups of three, hence r singles: the lowest-scoring pairs are split until there
 * are r (five people make a three and a two). (3) A second exact matching runs on these units: two
 * pairs may merge into a four, a single may join a pair to make a three, when no hard constraint
 * inside the merged group is broken; the weight is the score of the new cross pairs, and as many
 * units as possible are merged first. (4) A unit nobody could merge with stays as it is (a pair),
 * and a lone single joins any group below four that accepts them, else pairs with another lone
 * single, else is left out.
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
    List<Draft> units = new ArrayList<>(pairs);
    List<Integer> lone = new ArrayList<>(singles);
    int placed = 2 * pairs.size() + singles.size();
    int wanted = placed <= 4 ? lone.size() : placed == 5 ? 1 : (4 - placed % 4) % 4;
    units.sort(Comparator.comparingLong((Draft d) -> d.points(scorer)).thenComparing(Draft::first));
    while (lone.size() < wanted && units.size() >= 2) {
      Draft broken = units.remove(0);
      lone.addAll(broken.members);
    }
    int pairCount = units.size();
    for (int s : lone) {
      units.add(new Draft(s));
    }
    CandidateEdges.Graph graph =
        CandidateEdges.build(
            units.size(),
            new UnitPairs(units, pairCount),
            settings.exactUpTo(),
            settings.candidatesPerMember(),
            v -> -1);
    int[] mate = MaxWeightMatching.solve(units.size(), graph.edges());
    List<Draft> groups = new ArrayList<>();
    List<Integer> leftAlone = new ArrayList<>();
    for (int u = 0; u < units.size(); u++) {
      if (mate[u] > u) {
        List<Integer> members = new ArrayList<>(units.get(u).members);
        members.addAll(units.get(mate[u]).members);
        groups.add(new Draft(members));
      } else if (mate[u] < 0 && units.get(u).size() >= 2) {
        groups.add(units.get(u));
      } else if (mate[u] < 0) {
        leftAlone.add(units.get(u).members.get(0));
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

  /** Units 0..pairCount−1 are pairs, the rest singles; singles never merge with each other. */
  private final class UnitPairs implements CandidateEdges.Pairs {
    private final List<Draft> units;
    private final int pairCount;

    UnitPairs(List<Draft> units, int pairCount) {
      this.units = units;
      this.pairCount = pairCount;
    }

    @Override
    public long score(int i, int j) {
      long total = 0;
      for (int a : units.get(i).members) {
        total += units.get(j).gainIf(a, scorer);
      }
      return total;
    }

    @Override
    public boolean allowed(int i, int j) {
      if (i >= pairCount && j >= pairCount) {
        return false;
      }
      for (int a : units.get(i).members) {
        if (!units.get(j).accepts(a, roster)) {
          return false;
        }
      }
      return true;
    }
  }
}
