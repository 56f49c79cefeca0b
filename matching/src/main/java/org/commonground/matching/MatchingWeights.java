package org.commonground.matching;

/**
 * The tunable parts of the score and of candidate generation. {@link #DEFAULTS} is the one place
 * the default values live.
 *
 * <p>The score of an allowed pair {@code (a, b)} is
 *
 * <pre>
 *   score(a, b) = rarity            * sum over t in C(a) ∩ C(b) of idf(t)
 *               + differentSector   * [sector(a) != sector(b)]
 *               + complementarity   * ([O(a) ∩ A(b) non-empty] + [O(b) ∩ A(a) non-empty])
 *               + unmatchedLastWeek * ([a unmatched last week] + [b unmatched last week])
 *
 *   idf(t)      = ln(1 + E / n(t))
 * </pre>
 *
 * where {@code C}, {@code O}, {@code A} are a member's challenges, offers and asks, {@code E} is
 * the number of eligible members this week and {@code n(t)} the number of them with challenge
 * {@code t}. A challenge everyone has is worth about {@code ln 2 ≈ 0.7}; one shared by 1 in 1,000
 * about {@code 6.9}.
 *
 * @param rarity multiplier of the summed rarity of shared challenges
 * @param differentSector bonus when the two work in different sectors
 * @param complementarity bonus for each direction in which one offers something the other asks
 * @param unmatchedLastWeek boost for each of the two who got no match last week
 * @param candidatesPerMember how many best-scoring partners each member keeps as candidates
 * @param postingsPerTag at most this many members are looked at through any one tag of a member, so
 *     that very common tags cannot make candidate generation quadratic
 */
public record MatchingWeights(
    double rarity,
    double differentSector,
    double complementarity,
    double unmatchedLastWeek,
    int candidatesPerMember,
    int postingsPerTag) {

  /** The weights the network starts with. */
  public static final MatchingWeights DEFAULTS = new MatchingWeights(1.0, 0.5, 0.75, 0.3, 12, 300);

  /** Rejects negative weights and limits that would leave nobody a candidate. */
  public MatchingWeights {
    if (rarity < 0 || differentSector < 0 || complementarity < 0 || unmatchedLastWeek < 0) {
      throw new IllegalArgumentException("weights must not be negative");
    }
    if (candidatesPerMember < 1 || postingsPerTag < 1) {
      throw new IllegalArgumentException("candidate limits must be at least 1");
    }
  }
}
