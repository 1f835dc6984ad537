package dev.rituals.core.pairing;

import org.jgrapht.graph.AbstractBaseGraph;
import org.jgrapht.graph.DefaultGraphSpecificsStrategy;
import org.jgrapht.graph.DefaultGraphType;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.util.SupplierUtil;

/**
 * A weighted undirected JGraphT graph on Integer vertices built for speed: multiple edges are
 * "allowed" so adding an edge does not look for an existing one (callers never add duplicates), and
 * the default specifics strategy skips the vertex-pair index that a 300,000-edge graph does not
 * need. Blossom V accepts such graphs.
 */
final class MatchingGraph extends AbstractBaseGraph<Integer, DefaultWeightedEdge> {
  MatchingGraph() {
    super(
        SupplierUtil.createIntegerSupplier(),
        SupplierUtil.createDefaultWeightedEdgeSupplier(),
        new DefaultGraphType.Builder()
            .undirected()
            .allowMultipleEdges(true)
            .allowSelfLoops(false)
            .weighted(true)
            .build(),
        new DefaultGraphSpecificsStrategy<>());
  }

  void addWeightedEdge(int u, int v, double w) {
    setEdgeWeight(addEdge(u, v), w);
  }
}
