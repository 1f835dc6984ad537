package dev.rituals.core.pairing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * The matching of one peer round, solved exactly over one graph up to {@code exactUpTo} members and
 * block by block above it.
 *
 * <p>Why blocks: Blossom V on one sparse graph of 10,000 members takes tens of seconds, far above
 * the 2 s target; on many small components it is fast. Above the threshold, members are sorted by
 * what dominates the weight (first subject, first grade band, UTC offset; see {@link
 * Roster#blockOrder}) and cut into balanced blocks of at most {@code exactUpTo}. Each block is
 * matched optimally over each member's k best-scoring allowed partners inside the block (plus the
 * round-robin partner when in the same block); the members a block leaves over are then matched
 * across blocks. The result is optimal within blocks, not globally: a pair that straddles two
 * blocks is only considered for leftovers. Hard constraints are unaffected: disallowed pairs are
 * never edges in either step.
 */
final class RoundMatching {
  private final int n;
  private final CandidateEdges.Pairs pairs;
  private final int exactUpTo;
  private final int k;
  private final CandidateEdges.Graph whole;
  private final int[][] blocks;
  private final List<EdgeList> blockEdges = new ArrayList<>();
  private final EdgeList allEdges;
  private int consideredPerMember;

  private RoundMatching(
      int n, CandidateEdges.Pairs pairs, int exactUpTo, int k, int[] order, IntUnaryOperator must) {
    this.n = n;
    this.pairs = pairs;
    this.exactUpTo = exactUpTo;
    this.k = k;
    if (n <= exactUpTo) {
      this.whole = CandidateEdges.build(n, pairs, exactUpTo, k, must);
      this.blocks = new int[0][];
      this.allEdges = whole.edges();
      return;
    }
    this.whole = null;
    int count = (n + exactUpTo - 1) / exactUpTo;
    this.blocks = new int[count][];
    this.allEdges = new EdgeList();
    int[] local = new int[n];
    for (int b = 0; b < count; b++) {
      int from = (int) ((long) n * b / count);
      int to = (int) ((long) n * (b + 1) / count);
      int[] members = Arrays.copyOfRange(order, from, to);
      blocks[b] = members;
      for (int i = 0; i < members.length; i++) {
        local[members[i]] = i;
      }
      CandidateEdges.Graph g =
          CandidateEdges.build(
              members.length,
              restrict(members),
              1, // sparse top-k inside a block: a complete block graph is what made Blossom V slow
              k,
              v -> {
                int p = must.applyAsInt(members[v]);
                return p >= 0 && p < n && contains(members, local, p) ? local[p] : -1;
              });
      consideredPerMember = g.exact() ? Math.max(consideredPerMember, members.length - 1) : k;
      blockEdges.add(g.edges());
      for (int e = 0; e < g.edges().size(); e++) {
        allEdges.add(members[g.edges().from(e)], members[g.edges().to(e)], g.edges().weight(e));
      }
    }
  }

  static RoundMatching of(
      int n, CandidateEdges.Pairs pairs, int exactUpTo, int k, int[] order, IntUnaryOperator must) {
    return new RoundMatching(n, pairs, exactUpTo, k, order, must);
  }

  private static boolean contains(int[] members, int[] local, int p) {
    int i = local[p];
    return i < members.length && members[i] == p;
  }

  private CandidateEdges.Pairs restrict(int[] members) {
    return new CandidateEdges.Pairs() {
      @Override
      public long score(int i, int j) {
        return pairs.score(members[i], members[j]);
      }

      @Override
      public boolean allowed(int i, int j) {
        return pairs.allowed(members[i], members[j]);
      }
    };
  }

  /** Every candidate edge, in member indices (within blocks only when blocked). */
  EdgeList edges() {
    return allEdges;
  }

  boolean blocked() {
    return blocks.length > 0;
  }

  /**
   * @param sitter a member kept out of the matching, or -1
   * @return mate[v] = the member v is matched with, or -1
   */
  int[] solve(int sitter) {
    if (!blocked()) {
      return MaxWeightMatching.solve(n, without(whole.edges(), sitter, null));
    }
    int[] mate = new int[n];
    Arrays.fill(mate, -1);
    for (int b = 0; b < blocks.length; b++) {
      int[] members = blocks[b];
      int[] local =
          MaxWeightMatching.solve(members.length, without(blockEdges.get(b), sitter, members));
      for (int i = 0; i < members.length; i++) {
        if (local[i] >= 0) {
          mate[members[i]] = members[local[i]];
        }
      }
    }
    List<Integer> rest = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      if (mate[v] < 0 && v != sitter) {
        rest.add(v);
      }
    }
    int[] left = rest.stream().mapToInt(Integer::intValue).toArray();
    if (left.length > 1) {
      CandidateEdges.Graph g =
          CandidateEdges.build(left.length, restrict(left), exactUpTo, k, v -> -1);
      int[] local = MaxWeightMatching.solve(left.length, g.edges());
      for (int i = 0; i < left.length; i++) {
        if (local[i] >= 0) {
          mate[left[i]] = left[local[i]];
        }
      }
    }
    return mate;
  }

  /** The edges without those touching {@code sitter} (members maps local to member indices). */
  private static EdgeList without(EdgeList edges, int sitter, int[] members) {
    if (sitter < 0) {
      return edges;
    }
    EdgeList used = new EdgeList();
    for (int e = 0; e < edges.size(); e++) {
      int a = members == null ? edges.from(e) : members[edges.from(e)];
      int b = members == null ? edges.to(e) : members[edges.to(e)];
      if (a != sitter && b != sitter) {
        used.add(edges.from(e), edges.to(e), edges.weight(e));
      }
    }
    return used;
  }

  String method() {
    if (!blocked()) {
      return "optimal over all " + allEdges.size() + " allowed pairs of " + n + " members";
    }
    return "optimal within "
        + blocks.length
        + " blocks of about "
        + (n / blocks.length)
        + " members alike in subject, grade band and time zone, over each member's "
        + consideredPerMember
        + " best-scoring allowed partners in the block plus their round-robin partner; members a"
        + " block leaves over matched across blocks ("
        + n
        + " members)";
  }
}
