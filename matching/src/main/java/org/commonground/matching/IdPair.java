package org.commonground.matching;

/**
 * An unordered pair of member ids, stored smaller id first so that {@code IdPair.of(a, b)} equals
 * {@code IdPair.of(b, a)}.
 *
 * @param low the smaller id
 * @param high the larger id
 */
public record IdPair(long low, long high) {

  /** Rejects pairs that are not in order or pair a member with themselves. */
  public IdPair {
    if (low >= high) {
      throw new IllegalArgumentException("expected low < high, got " + low + ", " + high);
    }
  }

  /** The pair of {@code a} and {@code b} in either order. */
  public static IdPair of(long a, long b) {
    return new IdPair(Math.min(a, b), Math.max(a, b));
  }
}
