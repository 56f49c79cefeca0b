package org.commonground.matching;

import java.util.Collection;

/**
 * An open-addressing hash set of unordered id pairs. History can hold millions of pairs, and a
 * {@code HashSet<IdPair>} would spend about five times the memory and a pointer chase per lookup.
 */
final class LongPairSet {
  private final long[] lows;
  private final long[] highs;
  private final boolean[] used;
  private final int mask;

  LongPairSet(Collection<IdPair> pairs) {
    int capacity = Integer.highestOneBit(Math.max(4, pairs.size() * 2 + 1)) << 1;
    lows = new long[capacity];
    highs = new long[capacity];
    used = new boolean[capacity];
    mask = capacity - 1;
    pairs.forEach(pair -> add(pair.low(), pair.high()));
  }

  boolean contains(long a, long b) {
    long low = Math.min(a, b);
    long high = Math.max(a, b);
    for (int slot = slot(low, high); used[slot]; slot = (slot + 1) & mask) {
      if (lows[slot] == low && highs[slot] == high) {
        return true;
      }
    }
    return false;
  }

  private void add(long low, long high) {
    int slot = slot(low, high);
    while (used[slot]) {
      if (lows[slot] == low && highs[slot] == high) {
        return;
      }
      slot = (slot + 1) & mask;
    }
    used[slot] = true;
    lows[slot] = low;
    highs[slot] = high;
  }

  private int slot(long low, long high) {
    return (int) Hashing.mix(Hashing.mix(low) + high) & mask;
  }
}
