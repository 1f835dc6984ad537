package dev.rituals.core.pairing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs mode: the optimal matching, then the odd one out joins a pair.
 *
 * <p>The matching does not know which person it leaves over must later fit into a pair. When that
 * person fits no pair (they met everyone's partner recently), the matching is solved again with
 * another person sitting out instead, trying up to {@value #MAX_RETRIES} people with the most
 * allowed partners first, and the variant with the highest total score that places everyone wins.
 * Placing everyone comes before score, as in the matching itself.
 */
final class PairsWithOddOne {
  static final int MAX_RETRIES = 16;

  private final Roster roster;
  private final PairScorer scorer;
  private final OddOneOut odd;

  PairsWithOddOne(Roster roster, PairScorer scorer, OddOneOut odd) {
    this.roster = roster;
    this.scorer = scorer;
    this.odd = odd;
  }

  /** Fills {@code drafts} and returns who could not be placed. */
  List<Integer> place(int n, RoundMatching matching, List<Draft> drafts) {
    EdgeList edges = matching.edges();
    List<Integer> unplaced = attempt(n, matching, -1, drafts);
    if (unplaced.size() != 1 || n % 2 == 0) {
      return unplaced;
    }
    int[] degree = new int[n];
    for (int e = 0; e < edges.size(); e++) {
      degree[edges.from(e)]++;
      degree[edges.to(e)]++;
    }
    int stuck = unplaced.get(0);
    List<Integer> order = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      if (v != stuck && degree[v] > 0) {
        order.add(v);
      }
    }
    order.sort(Comparator.comparingInt((Integer v) -> -degree[v]).thenComparingInt(v -> v));
    List<Draft> best = null;
    long bestPoints = Long.MIN_VALUE;
    for (int v : order.subList(0, Math.min(MAX_RETRIES, order.size()))) {
      List<Draft> candidate = new ArrayList<>();
      if (attempt(n, matching, v, candidate).isEmpty()) {
        long points = candidate.stream().mapToLong(d -> d.points(scorer)).sum();
        if (points > bestPoints) {
          best = candidate;
          bestPoints = points;
        }
      }
    }
    if (best == null) {
      return unplaced;
    }
    drafts.clear();
    drafts.addAll(best);
    return List.of();
  }

  /** Matching with {@code sitter} (or nobody, when -1) kept out of it, then odd ones placed. */
  private List<Integer> attempt(int n, RoundMatching matching, int sitter, List<Draft> drafts) {
    int[] mate = matching.solve(sitter);
    List<Integer> singles = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (mate[i] > i) {
        drafts.add(new Draft(i, mate[i]));
      } else if (mate[i] < 0) {
        singles.add(i);
      }
    }
    if (sitter >= 0 && singles.size() != 1) {
      return singles;
    }
    return odd.place(drafts, singles, 3, true);
  }

  Roster roster() {
    return roster;
  }
}
