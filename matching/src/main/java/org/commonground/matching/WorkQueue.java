package org.commonground.matching;

/** A first-in first-out queue of vertices in which each vertex waits at most once. */
final class WorkQueue {
  private final int[] ring;
  private final boolean[] waiting;
  private int head;
  private int size;

  WorkQueue(int vertexCount) {
    ring = new int[Math.max(1, vertexCount)];
    waiting = new boolean[vertexCount];
  }

  void add(int vertex) {
    if (!waiting[vertex]) {
      waiting[vertex] = true;
      ring[(head + size++) % ring.length] = vertex;
    }
  }

  int size() {
    return size;
  }

  /** The next vertex, or -1 when empty. */
  int poll() {
    if (size == 0) {
      return -1;
    }
    int vertex = ring[head];
    head = (head + 1) % ring.length;
    size--;
    waiting[vertex] = false;
    return vertex;
  }
}
