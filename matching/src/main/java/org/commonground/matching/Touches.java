package org.commonground.matching;

/**
 * The members one candidate search has touched, with the partial score and directions gathered for
 * each, in touch order. An open-addressing table sized to the search rather than to the network: a
 * search touches a few thousand members, and arrays indexed by member would scatter those updates
 * over megabytes where this table stays in cache.
 */
final class Touches {
  private static final int MIN_CAPACITY = 1 << 10;

  private int[] stamps = new int[0];
  private int[] keys;
  private long[] profiles;
  private double[] rarity;
  private byte[] directions;
  private int[] order;
  private int shift;
  private int stamp;
  private int size;

  /** Forgets everything; room for {@code most} members without growing. */
  void clear(int most) {
    int capacity = Integer.highestOneBit(Math.max(MIN_CAPACITY, 2 * most - 1)) << 1;
    if (capacity > stamps.length || capacity < stamps.length / 8) {
      stamps = new int[capacity];
      keys = new int[capacity];
      profiles = new long[capacity];
      rarity = new double[capacity];
      directions = new byte[capacity];
      order = new int[capacity];
      shift = Integer.numberOfLeadingZeros(capacity) + 1;
      stamp = 0;
    }
    stamp++;
    size = 0;
  }

  /** Adds {@code add} to member's partial score and sets {@code bit} in its directions. */
  void touch(int member, long profile, int bit, double add) {
    int mask = stamps.length - 1;
    int slot = (member * 0x9E3779B9) >>> shift;
    while (stamps[slot] == stamp && keys[slot] != member) {
      slot = (slot + 1) & mask;
    }
    if (stamps[slot] != stamp) {
      stamps[slot] = stamp;
      keys[slot] = member;
      profiles[slot] = profile;
      rarity[slot] = 0;
      directions[slot] = 0;
      order[size++] = slot;
    }
    rarity[slot] += add;
    directions[slot] |= (byte) bit;
  }

  int size() {
    return size;
  }

  /** The {@code i}-th member touched. */
  int member(int i) {
    return keys[order[i]];
  }

  long profile(int i) {
    return profiles[order[i]];
  }

  double rarity(int i) {
    return rarity[order[i]];
  }

  int directions(int i) {
    return directions[order[i]];
  }
}
