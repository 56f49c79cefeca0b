package org.commonground.matching;

/** Which pairs may be formed at all this week. */
final class PairRules {
  private final Network network;
  private final MatchHistory history;
  private final PairScorer scorer;

  PairRules(Network network, MatchHistory history, PairScorer scorer) {
    this.network = network;
    this.history = history;
    this.scorer = scorer;
  }

  /** Different organisations, something in common, and history does not forbid it. */
  boolean allowed(int u, int v) {
    return allowedIfRelated(u, v) && related(u, v);
  }

  /** The checks left once a shared tag is known: organisations and history. */
  boolean allowedIfRelated(int u, int v) {
    return u != v
        && !Profiles.sameOrganisation(network.profiles[u], network.profiles[v])
        && !history.blocks(network.ids[u], network.ids[v]);
  }

  private boolean related(int u, int v) {
    return SortedTags.intersects(network.challenges[u], network.challenges[v])
        || scorer.offersWhatOtherAsks(u, v)
        || scorer.offersWhatOtherAsks(v, u);
  }
}
