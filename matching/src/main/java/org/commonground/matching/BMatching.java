package org.commonground.matching;

/**
 * A set of chosen edges of a {@link CandidateGraph} in which no vertex has more chosen edges than
 * its cap, with each vertex's chosen edges at hand.
 */
final class BMatching {
  private static final int SLOTS = Participant.MAX_MATCHES;

  private final CandidateGraph graph;
  private final int[] caps;
  private final int[] degree;
  private final int[] slots;
  private final boolean[] chosen;
  private double total;

  BMatching(CandidateGraph graph, int[] caps) {
    this.graph = graph;
    this.caps = caps;
    degree = new int[graph.vertexCount()];
    slots = new int[graph.vertexCount() * SLOTS];
    chosen = new boolean[graph.edgeCount()];
  }

  CandidateGraph graph() {
    return graph;
  }

  boolean contains(int edge) {
    return chosen[edge];
  }

  boolean hasRoom(int vertex) {
    return degree[vertex] < caps[vertex];
  }

  int degree(int vertex) {
    return degree[vertex];
  }

  int chosenEdge(int vertex, int index) {
    return slots[vertex * SLOTS + index];
  }

  double total() {
    return total;
  }

  /** Chooses {@code edge}; both ends must have room. */
  void add(int edge) {
    int u = graph.from(edge);
    int v = graph.to(edge);
    if (chosen[edge] || !hasRoom(u) || !hasRoom(v)) {
      throw new IllegalStateException("cannot choose edge " + edge);
    }
    chosen[edge] = true;
    slots[u * SLOTS + degree[u]++] = edge;
    slots[v * SLOTS + degree[v]++] = edge;
    total += graph.weight(edge);
  }

  /** Unchooses {@code edge}, which must be chosen. */
  void remove(int edge) {
    if (!chosen[edge]) {
      throw new IllegalStateException("edge " + edge + " is not chosen");
    }
    chosen[edge] = false;
    release(graph.from(edge), edge);
    release(graph.to(edge), edge);
    total -= graph.weight(edge);
  }

  private void release(int vertex, int edge) {
    int base = vertex * SLOTS;
    int last = base + --degree[vertex];
    for (int slot = base; slot < last; slot++) {
      if (slots[slot] == edge) {
        slots[slot] = slots[last];
        return;
      }
    }
  }
}
