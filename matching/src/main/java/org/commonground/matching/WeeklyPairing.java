package org.commonground.matching;

import java.util.List;
import java.util.Map;

/**
 * The result of one week's round.
 *
 * @param pairs the pairs formed, ordered by {@link Pair#a()} then {@link Pair#b()}
 * @param unmatched every participant who got no match, by id, with the reason
 * @param stats summary numbers
 */
public record WeeklyPairing(
    List<Pair> pairs, Map<Long, UnmatchedReason> unmatched, PairingStats stats) {

  /** Copies the collections so the result is immutable. */
  public WeeklyPairing {
    pairs = List.copyOf(pairs);
    unmatched = Map.copyOf(unmatched);
  }

  /** The pairs {@code id} is part of, in pair order. */
  public List<Pair> pairsOf(long id) {
    return pairs.stream().filter(pair -> pair.involves(id)).toList();
  }
}
