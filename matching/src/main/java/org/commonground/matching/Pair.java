package org.commonground.matching;

/**
 * One introduction of the week, with what explains it.
 *
 * @param a the smaller member id
 * @param b the larger member id
 * @param score the pair's score (see {@link MatchingWeights})
 * @param sharedChallenges challenge tags both work on
 * @param aOffersToB tags {@code a} offers that {@code b} asks for
 * @param bOffersToA tags {@code b} offers that {@code a} asks for
 */
public record Pair(
    long a, long b, double score, TagSet sharedChallenges, TagSet aOffersToB, TagSet bOffersToA) {

  /** Whether {@code id} is one of the two. */
  public boolean involves(long id) {
    return a == id || b == id;
  }

  /** The other member of the pair, given one of them. */
  public long partnerOf(long id) {
    if (!involves(id)) {
      throw new IllegalArgumentException(id + " is not in " + this);
    }
    return id == a ? b : a;
  }
}
