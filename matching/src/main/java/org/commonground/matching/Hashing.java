package org.commonground.matching;

/**
 * Seeded, platform-independent hashing used for every tie-break, so that a week's pairing depends
 * only on the data and the week seed, never on input order or thread timing.
 */
final class Hashing {
  private Hashing() {}

  /** The SplitMix64 finaliser: a cheap bijection with good avalanche. */
  static long mix(long x) {
    long z = x * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A hash of the unordered pair {@code {a, b}} under {@code seed}. */
  static long pair(long seed, long a, long b) {
    return mix(mix(seed + Math.min(a, b)) + Math.max(a, b));
  }
}
