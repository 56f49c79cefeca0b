package org.commonground.matching;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The sparse graph the pairing works on: an edge for every allowed pair that one of its members
 * kept as a candidate, weighted by the pair's score, with adjacency lists in compressed-row form.
 */
final class CandidateGraph {
  private final int[] from;
  private final int[] to;
  private final double[] weight;
  private final int[] adjacencyStart;
  private final int[] adjacentEdges;
  private final int[] neighbours;
  private final double[] adjacentWeights;

  /**
   * Edges with {@code from[e] < to[e]}, each pair once, sorted by {@code from} then {@code to};
   * that order makes every adjacency list come out sorted by neighbour.
   */
  CandidateGraph(int vertexCount, int[] from, int[] to, double[] weight) {
    this.from = from;
    this.to = to;
    this.weight = weight;
    adjacencyStart = new int[vertexCount + 1];
    for (int e = 0; e < from.length; e++) {
      adjacencyStart[from[e] + 1]++;
      adjacencyStart[to[e] + 1]++;
    }
    Arrays.parallelPrefix(adjacencyStart, Integer::sum);
    int[] fill = adjacencyStart.clone();
    adjacentEdges = new int[2 * from.length];
    neighbours = new int[2 * from.length];
    for (int e = 0; e < from.length; e++) {
      neighbours[fill[from[e]]] = to[e];
      adjacentEdges[fill[from[e]]++] = e;
      neighbours[fill[to[e]]] = from[e];
      adjacentEdges[fill[to[e]]++] = e;
    }
    // Weights again in adjacency order: the auction scans them far more often than anything else.
    adjacentWeights = new double[2 * from.length];
    for (int i = 0; i < adjacentEdges.length; i++) {
      adjacentWeights[i] = weight[adjacentEdges[i]];
    }
  }

  /** The graph of all pairs in {@code candidates}, scored by {@code scorer}. */
  static CandidateGraph of(CandidateLists candidates, PairScorer scorer) {
    long[] pairs = candidates.uniquePairs();
    int[] from = new int[pairs.length];
    int[] to = new int[pairs.length];
    double[] weight = new double[pairs.length];
    IntStream.range(0, pairs.length)
        .parallel()
        .forEach(
            e -> {
              from[e] = (int) (pairs[e] >>> 32);
              to[e] = (int) pairs[e];
              weight[e] = scorer.score(from[e], to[e]);
            });
    return new CandidateGraph(candidates.memberCount(), from, to, weight);
  }

  int vertexCount() {
    return adjacencyStart.length - 1;
  }

  int edgeCount() {
    return from.length;
  }

  int from(int edge) {
    return from[edge];
  }

  int to(int edge) {
    return to[edge];
  }

  double weight(int edge) {
    return weight[edge];
  }

  int other(int edge, int vertex) {
    return from[edge] == vertex ? to[edge] : from[edge];
  }

  int degree(int vertex) {
    return adjacencyStart[vertex + 1] - adjacencyStart[vertex];
  }

  int edgeAt(int vertex, int index) {
    return adjacentEdges[adjacencyStart[vertex] + index];
  }

  /** The other end of {@code edgeAt(vertex, index)}, without touching the edge arrays. */
  int neighbourAt(int vertex, int index) {
    return neighbours[adjacencyStart[vertex] + index];
  }

  /** The weight of {@code edgeAt(vertex, index)}. */
  double weightAt(int vertex, int index) {
    return adjacentWeights[adjacencyStart[vertex] + index];
  }

  /** The edge joining {@code a} and {@code b}, or -1, by binary search of a's neighbours. */
  int edgeBetween(int a, int b) {
    int start = adjacencyStart[a];
    int found = Arrays.binarySearch(neighbours, start, adjacencyStart[a + 1], b);
    return found >= 0 ? adjacentEdges[found] : -1;
  }
}
