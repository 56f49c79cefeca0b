package org.commonground.matching;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Takes edges best first while both ends have room: the baseline the benchmark compares with, and,
 * in tiers, the rounding of the auction's relaxation. Ties, and weights equal to float precision,
 * are broken by a seeded hash.
 */
final class GreedyMatcher {
  private GreedyMatcher() {}

  static BMatching match(CandidateGraph graph, int[] caps, long seed) {
    return match(graph, caps, seed, new byte[graph.edgeCount()]);
  }

  /**
   * Greedy in tiers: edges of higher {@code tier} first, best first within a tier. Used to round
   * the auction's relaxation: edges it used both ways, then one way, then the rest.
   */
  static BMatching match(CandidateGraph graph, int[] caps, long seed, byte[] tier) {
    BMatching matching = new BMatching(graph, caps);
    int[] order = bestFirst(graph, seed);
    for (int level = 2; level >= 0; level--) {
      for (int edge : order) {
        if (tier[edge] == level
            && matching.hasRoom(graph.from(edge))
            && matching.hasRoom(graph.to(edge))) {
          matching.add(edge);
        }
      }
    }
    return matching;
  }

  /**
   * Edge ids by descending weight. Sorting packed primitive keys (weight as float bits above a hash
   * rank) is several times faster than sorting boxed ids with a comparator; keys are packed and
   * sorted in parallel, each in a place fixed by the edge, so the order never depends on threads.
   */
  static int[] bestFirst(CandidateGraph graph, long seed) {
    int edges = graph.edgeCount();
    long[] byHash = new long[edges];
    IntStream.range(0, edges)
        .parallel()
        .forEach(
            e -> {
              long hash = Hashing.pair(seed, graph.from(e), graph.to(e));
              byHash[e] = (hash >>> 32) << 32 | e;
            });
    Arrays.parallelSort(byHash);
    long[] keys = new long[edges];
    IntStream.range(0, edges)
        .parallel()
        .forEach(
            rank -> {
              int e = (int) byHash[rank];
              long descending = Integer.MAX_VALUE - Float.floatToIntBits((float) graph.weight(e));
              keys[rank] = descending << 32 | rank;
            });
    Arrays.parallelSort(keys);
    int[] order = new int[edges];
    for (int i = 0; i < edges; i++) {
      order[i] = (int) byHash[(int) keys[i]];
    }
    return order;
  }
}
