package dev.rituals.core.pairing;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * The edges a round's matching is solved over.
 *
 * <p>Up to {@code exactUpTo} people: every allowed pair, so the matching is optimal for the stated
 * weight over all possibilities. Above: a sparse graph holding, for each person, the k allowed
 * partners with the highest score (ties: earliest in the seeded order) plus their round-robin
 * partner. The matching is then exact on that graph, not over all pairs: a pair that is in neither
 * person's top k is never chosen. Keeping the round-robin partner guarantees that the schedule
 * round, when no constraint touches it, is still a perfect matching of the sparse graph. Scoring
 * all pairs is O(n²) but cheap (bit operations), and n here is one block of a large round (at most
 * {@code exactUpTo}, see {@link RoundMatching}), so a 10,000-member round scores about 6 million
 * pairs, not 50 million; only pairs that would enter a top-k list are checked against the hard
 * constraints.
 */
final class CandidateEdges {
  /** Scores and hard constraints of the vertices being matched. */
  interface Pairs {
    long score(int i, int j);

    boolean allowed(int i, int j);
  }

  record Graph(EdgeList edges, boolean exact, int consideredPerMember) {}

  private CandidateEdges() {}

  /**
   * @param mustInclude a vertex's round-robin partner (or -1), kept even when outside its top k
   */
  static Graph build(int n, Pairs pairs, int exactUpTo, int k, IntUnaryOperator mustInclude) {
    EdgeList edges = new EdgeList();
    if (n <= exactUpTo || k >= n - 1) {
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          if (pairs.allowed(i, j)) {
            edges.add(i, j, pairs.score(i, j));
          }
        }
      }
      return new Graph(edges, true, n - 1);
    }
    TopK top = new TopK(n, k);
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        long s = pairs.score(i, j);
        if ((top.wouldTake(i, s) || top.wouldTake(j, s)) && pairs.allowed(i, j)) {
          top.offer(i, j, s);
          top.offer(j, i, s);
        }
      }
    }
    long[] keys =
        top.pairKeys(
            n,
            v -> {
              int p = mustInclude.applyAsInt(v);
              return p >= 0 && pairs.allowed(v, p) ? p : -1;
            });
    long previous = -1;
    for (long key : keys) {
      if (key != previous) {
        int i = (int) (key >>> 32);
        int j = (int) key;
        edges.add(i, j, pairs.score(i, j));
        previous = key;
      }
    }
    return new Graph(edges, false, k);
  }

  /** Per-vertex bounded min-heaps of (score, partner) in flat arrays. */
  private static final class TopK {
    private final int k;
    private final long[] score;
    private final int[] partner;
    private final int[] size;

    TopK(int n, int k) {
      this.k = k;
      this.score = new long[n * k];
      this.partner = new int[n * k];
      this.size = new int[n];
    }

    boolean wouldTake(int v, long s) {
      return size[v] < k || s > score[v * k];
    }

    void offer(int v, int other, long s) {
      int base = v * k;
      if (size[v] < k) {
        int c = size[v]++;
        while (c > 0 && score[base + (c - 1) / 2] > s) {
          score[base + c] = score[base + (c - 1) / 2];
          partner[base + c] = partner[base + (c - 1) / 2];
          c = (c - 1) / 2;
        }
        score[base + c] = s;
        partner[base + c] = other;
      } else if (s > score[base]) {
        int c = 0;
        while (true) {
          int child = 2 * c + 1;
          if (child >= k) {
            break;
          }
          if (child + 1 < k && score[base + child + 1] < score[base + child]) {
            child++;
          }
          if (score[base + child] >= s) {
            break;
          }
          score[base + c] = score[base + child];
          partner[base + c] = partner[base + child];
          c = child;
        }
        score[base + c] = s;
        partner[base + c] = other;
      }
    }

    /** Sorted pair keys of every kept edge plus the must-include ones (duplicates adjacent). */
    long[] pairKeys(int n, IntUnaryOperator extra) {
      long[] keys = new long[n * k + n];
      int count = 0;
      for (int v = 0; v < n; v++) {
        for (int e = 0; e < size[v]; e++) {
          keys[count++] = Roster.pairKey(v, partner[v * k + e]);
        }
        int p = extra.applyAsInt(v);
        if (p >= 0) {
          keys[count++] = Roster.pairKey(v, p);
        }
      }
      long[] used = Arrays.copyOf(keys, count);
      Arrays.sort(used);
      return used;
    }
  }
}
