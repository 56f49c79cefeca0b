package org.commonground.matching;

import java.util.ArrayList;
import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.alg.matching.blossom.v5.KolmogorovWeightedMatching;
import org.jgrapht.alg.matching.blossom.v5.ObjectiveSense;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.util.SupplierUtil;

/**
 * The exact maximum total score, by JGraphT's Blossom V. Caps above one are handled with the
 * standard gadget: member {@code x} becomes {@code cap(x)} copies, and each edge {@code (u, v)} of
 * weight {@code w} becomes a path {@code u_i - e_u - e_v - v_j} whose three edges all weigh {@code
 * w}. An unused edge contributes {@code w} (its middle edge), a used one {@code 2w}, so the
 * gadget's optimum is the sum of all weights plus the optimum b-matching.
 */
final class ExactOptimum {
  private ExactOptimum() {}

  /** The optimum over every allowed pair of the week, not just the candidates. */
  static double ofAllAllowedPairs(PreparedWeek week) {
    List<int[]> edges = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    int n = week.network().size();
    for (int u = 0; u < n; u++) {
      for (int v = u + 1; v < n; v++) {
        if (week.rules().allowed(u, v)) {
          edges.add(new int[] {u, v});
          weights.add(week.scorer().score(u, v));
        }
      }
    }
    return of(week.network().caps, edges, weights);
  }

  /** The optimum over the candidate graph only: an upper bound for what pairing can reach. */
  static double ofCandidates(PreparedWeek week) {
    CandidateGraph graph = week.graph();
    List<int[]> edges = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    for (int e = 0; e < graph.edgeCount(); e++) {
      edges.add(new int[] {graph.from(e), graph.to(e)});
      weights.add(graph.weight(e));
    }
    return of(week.network().caps, edges, weights);
  }

  static double of(int[] caps, List<int[]> edges, List<Double> weights) {
    // Blossom V builds a doubled graph, so it needs to be able to create vertices.
    Graph<Integer, DefaultWeightedEdge> graph =
        GraphTypeBuilder.<Integer, DefaultWeightedEdge>undirected()
            .weighted(true)
            .allowingMultipleEdges(false)
            .allowingSelfLoops(false)
            .vertexSupplier(SupplierUtil.createIntegerSupplier(Integer.MAX_VALUE / 2))
            .edgeClass(DefaultWeightedEdge.class)
            .buildGraph();
    int[] firstCopy = new int[caps.length];
    int next = 0;
    for (int x = 0; x < caps.length; x++) {
      firstCopy[x] = next;
      for (int copy = 0; copy < caps[x]; copy++) {
        graph.addVertex(next++);
      }
    }
    double gadgetOffset = 0;
    for (int e = 0; e < edges.size(); e++) {
      int u = edges.get(e)[0];
      int v = edges.get(e)[1];
      double w = weights.get(e);
      if (caps[u] == 1 && caps[v] == 1) {
        connect(graph, firstCopy[u], firstCopy[v], w);
        continue;
      }
      int endU = next++;
      int endV = next++;
      graph.addVertex(endU);
      graph.addVertex(endV);
      connect(graph, endU, endV, w);
      for (int copy = 0; copy < caps[u]; copy++) {
        connect(graph, firstCopy[u] + copy, endU, w);
      }
      for (int copy = 0; copy < caps[v]; copy++) {
        connect(graph, endV, firstCopy[v] + copy, w);
      }
      gadgetOffset += w;
    }
    double weight =
        new KolmogorovWeightedMatching<>(graph, ObjectiveSense.MAXIMIZE).getMatching().getWeight();
    return weight - gadgetOffset;
  }

  private static void connect(Graph<Integer, DefaultWeightedEdge> graph, int a, int b, double w) {
    graph.setEdgeWeight(graph.addEdge(a, b), w);
  }
}
