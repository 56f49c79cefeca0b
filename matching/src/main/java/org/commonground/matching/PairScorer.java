package org.commonground.matching;

/** Scores a pair of members by the formula documented on {@link MatchingWeights}. */
final class PairScorer {
  private final Network network;
  private final double[] idf;
  private final MatchingWeights weights;

  PairScorer(Network network, double[] idf, MatchingWeights weights) {
    this.network = network;
    this.idf = idf;
    this.weights = weights;
  }

  double score(int u, int v) {
    return weights.rarity() * sharedRarity(u, v) + bonuses(u, v) + complementarity(u, v);
  }

  /** Sum of idf over shared challenges. */
  double sharedRarity(int u, int v) {
    return SortedTags.weightOfCommon(network.challenges[u], network.challenges[v], idf);
  }

  /** The sector bonus and last-week boosts, which need no tags. */
  double bonuses(int u, int v) {
    return bonuses(network.profiles[u], network.profiles[v]);
  }

  /** {@link #bonuses(int, int)} from the two members' {@link Profiles}. */
  double bonuses(long a, long b) {
    double sum = Profiles.sameSector(a, b) ? 0 : weights.differentSector();
    sum += Profiles.unmatchedLastWeek(a) ? weights.unmatchedLastWeek() : 0;
    return sum + (Profiles.unmatchedLastWeek(b) ? weights.unmatchedLastWeek() : 0);
  }

  /** The complementarity bonus counted over {@code directions} directions (0, 1 or 2). */
  double complementarity(int directions) {
    return directions * weights.complementarity();
  }

  boolean offersWhatOtherAsks(int giver, int taker) {
    return SortedTags.intersects(network.offers[giver], network.asks[taker]);
  }

  private double complementarity(int u, int v) {
    int directions = (offersWhatOtherAsks(u, v) ? 1 : 0) + (offersWhatOtherAsks(v, u) ? 1 : 0);
    return complementarity(directions);
  }
}
