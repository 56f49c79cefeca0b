package org.commonground.matching;

/**
 * The best few candidates of one member: a bounded min-heap with the worst kept candidate at the
 * root, so rejecting (the common case) costs one comparison and keeping one costs a log. Ties on
 * score go to the smaller hash.
 */
final class TopK {
  private final int[] members;
  private final double[] scores;
  private final long[] hashes;
  private int capacity;
  private int size;

  /** A list holding up to {@code maxCapacity} candidates; {@link #clear} may lower the bound. */
  TopK(int maxCapacity) {
    members = new int[maxCapacity];
    scores = new double[maxCapacity];
    hashes = new long[maxCapacity];
    capacity = maxCapacity;
  }

  /** Empties the list and makes it keep the best {@code capacity} from now on. */
  void clear(int capacity) {
    this.capacity = Math.min(capacity, members.length);
    size = 0;
  }

  int size() {
    return size;
  }

  /** Whether {@code score} could make the list; a tie with the worst is settled by {@link #add}. */
  boolean accepts(double score) {
    return size < capacity || score >= scores[0];
  }

  /** Keeps the candidate if there is room or it beats the worst kept one, which drops out. */
  void add(int member, double score, long hash) {
    if (size < capacity) {
      set(size, member, score, hash);
      siftUp(size++);
    } else if (better(score, hash, 0)) {
      set(0, member, score, hash);
      siftDown(0);
    }
  }

  /** The candidate in heap position {@code index}, for iterating in no particular order. */
  int member(int index) {
    return members[index];
  }

  double score(int index) {
    return scores[index];
  }

  /** Empties the heap into {@code out} from {@code offset}, best first; returns how many. */
  int drainBestFirst(int[] out, int offset) {
    int count = size;
    while (size > 0) {
      out[offset + size - 1] = members[0];
      size--;
      swap(0, size);
      siftDown(0);
    }
    return count;
  }

  private void siftUp(int slot) {
    while (slot > 0 && better(scores[(slot - 1) / 2], hashes[(slot - 1) / 2], slot)) {
      swap(slot, (slot - 1) / 2);
      slot = (slot - 1) / 2;
    }
  }

  private void siftDown(int slot) {
    while (2 * slot + 1 < size) {
      int child = 2 * slot + 1;
      if (child + 1 < size && better(scores[child], hashes[child], child + 1)) {
        child++;
      }
      if (!better(scores[slot], hashes[slot], child)) {
        return;
      }
      swap(slot, child);
      slot = child;
    }
  }

  /** Whether (score, hash) ranks above the entry in {@code slot}. */
  private boolean better(double score, long hash, int slot) {
    return score > scores[slot] || (score == scores[slot] && hash < hashes[slot]);
  }

  private void set(int slot, int member, double score, long hash) {
    members[slot] = member;
    scores[slot] = score;
    hashes[slot] = hash;
  }

  private void swap(int a, int b) {
    int member = members[a];
    double score = scores[a];
    long hash = hashes[a];
    set(a, members[b], scores[b], hashes[b]);
    set(b, member, score, hash);
  }
}
