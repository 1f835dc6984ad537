package dev.rituals.core.pairing;

import java.util.Arrays;
import org.jgrapht.alg.interfaces.MatchingAlgorithm.Matching;
import org.jgrapht.alg.matching.SparseEdmondsMaximumCardinalityMatching;
import org.jgrapht.alg.matching.blossom.v5.KolmogorovWeightedPerfectMatching;
import org.jgrapht.alg.matching.blossom.v5.ObjectiveSense;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * Exact maximum-weight matching among the maximum-cardinality matchings of a general graph: first
 * place as many people as possible, then maximise the weight.
 *
 * <p>How: Edmonds' algorithm ({@link SparseEdmondsMaximumCardinalityMatching}) gives the maximum
 * number of matched edges, hence the number d of vertices every maximum matching leaves exposed. We
 * add d dummy vertices joined to every real vertex by weight-0 edges; every perfect matching of
 * that graph is a maximum matching of the original plus d dummy edges, so Blossom V ({@link
 * KolmogorovWeightedPerfectMatching}, maximising) returns the heaviest maximum matching. This
 * avoids the usual "add a huge constant to every edge" trick, whose magnitudes would approach
 * Blossom V's no-perfect-matching threshold (1e10) on large rounds.
 */
final class MaxWeightMatching {
  private MaxWeightMatching() {}

  /**
   * @return mate[v] = the vertex v is matched with, or -1
   */
  static int[] solve(int n, EdgeList edges) {
    int[] mate = new int[n];
    Arrays.fill(mate, -1);
    // Isolated vertices can only ever be exposed: leave them out so the dummies stay few.
    int[] compact = new int[n];
    Arrays.fill(compact, -1);
    int k = 0;
    for (int e = 0; e < edges.size(); e++) {
      for (int v : new int[] {edges.from(e), edges.to(e)}) {
        if (compact[v] < 0) {
          compact[v] = k++;
        }
      }
    }
    if (k == 0) {
      return mate;
    }
    int[] original = new int[k];
    for (int v = 0; v < n; v++) {
      if (compact[v] >= 0) {
        original[compact[v]] = v;
      }
    }
    MatchingGraph graph = new MatchingGraph();
    for (int v = 0; v < k; v++) {
      graph.addVertex(v);
    }
    for (int e = 0; e < edges.size(); e++) {
      graph.addWeightedEdge(compact[edges.from(e)], compact[edges.to(e)], edges.weight(e));
    }
    int matched =
        new SparseEdmondsMaximumCardinalityMatching<>(graph).getMatching().getEdges().size();
    int exposed = k - 2 * matched;
    for (int d = 0; d < exposed; d++) {
      int dummy = k + d;
      graph.addVertex(dummy);
      for (int v = 0; v < k; v++) {
        graph.addWeightedEdge(dummy, v, 0);
      }
    }
    Matching<Integer, DefaultWeightedEdge> perfect =
        new KolmogorovWeightedPerfectMatching<>(graph, ObjectiveSense.MAXIMIZE).getMatching();
    for (DefaultWeightedEdge e : perfect.getEdges()) {
      int a = graph.getEdgeSource(e);
      int b = graph.getEdgeTarget(e);
      if (a < k && b < k) {
        mate[original[a]] = original[b];
        mate[original[b]] = original[a];
      }
    }
    return mate;
  }
}
