package org.commonground.matching;

/**
 * Finds one member's best allowed partners through the tag index, never looking at members who
 * share nothing with them. Through each tag it looks at no more than {@code postingsPerTag}
 * holders, starting at a seeded offset so that the holders of a very common tag are sampled evenly
 * rather than the same few being seen by everyone. Holds per-thread scratch space.
 */
final class CandidateSearch {
  private static final int THEY_OFFER_WHAT_I_ASK = 1;
  private static final int I_OFFER_WHAT_THEY_ASK = 2;
  private static final int SHORTLIST_FACTOR = 3;

  private final Network network;
  private final TagIndex index;
  private final PairScorer scorer;
  private final PairRules rules;
  private final MatchingWeights weights;
  private final long seed;
  private final Touches touches = new Touches();
  private final TopK top;
  private final TopK shortlist;
  private boolean sampled;

  CandidateSearch(
      Network network,
      TagIndex index,
      PairRules rules,
      PairScorer scorer,
      MatchingWeights weights,
      long seed,
      int maxCount) {
    this.network = network;
    this.index = index;
    this.scorer = scorer;
    this.rules = rules;
    this.weights = weights;
    this.seed = seed;
    top = new TopK(maxCount);
    shortlist = new TopK(SHORTLIST_FACTOR * maxCount);
  }

  /**
   * Writes the best {@code count} partners of {@code u} into {@code out} at {@code offset}, best
   * first; returns how many there are.
   */
  int find(int u, int count, int[] out, int offset) {
    boolean sampled = collect(u, weights.postingsPerTag());
    select(u, count);
    if (top.size() == 0 && sampled) {
      // Sampling may have missed the only allowed partners; to report "no allowed partner"
      // truthfully, look at everyone who shares a tag.
      collect(u, Integer.MAX_VALUE);
      select(u, count);
    }
    return top.drainBestFirst(out, offset);
  }

  /** Accumulates partial scores of everyone sharing a tag with {@code u}; true if it sampled. */
  private boolean collect(int u, int limit) {
    touches.clear(scanned(u, limit));
    sampled = false;
    for (int tag : network.challenges[u]) {
      double add = weights.rarity() * index.idf[tag];
      sampled |= scan(u, index.challengeHolders, tag, limit, 0, add);
    }
    for (int tag : network.asks[u]) {
      sampled |= scan(u, index.offerHolders, tag, limit, THEY_OFFER_WHAT_I_ASK, 0);
    }
    for (int tag : network.offers[u]) {
      sampled |= scan(u, index.askHolders, tag, limit, I_OFFER_WHAT_THEY_ASK, 0);
    }
    return sampled;
  }

  /** How many holders {@link #collect} visits at most. */
  private int scanned(int u, int limit) {
    long sum = 0;
    for (int tag : network.challenges[u]) {
      sum += Math.min(limit, index.challengeHolders.size(tag));
    }
    for (int tag : network.asks[u]) {
      sum += Math.min(limit, index.offerHolders.size(tag));
    }
    for (int tag : network.offers[u]) {
      sum += Math.min(limit, index.askHolders.size(tag));
    }
    return (int) Math.min(sum, network.size());
  }

  /** Visits up to {@code limit} holders of {@code tag}; returns whether some were skipped. */
  private boolean scan(int u, Postings postings, int tag, int limit, int bit, double add) {
    int size = postings.size(tag);
    int count = Math.min(size, limit);
    int start =
        count == size
            ? 0
            : (int) Long.remainderUnsigned(Hashing.pair(seed, network.ids[u], tag), size);
    for (int i = 0; i < count; i++) {
      int position = start + i < size ? start + i : start + i - size;
      touches.touch(postings.member(tag, position), postings.profile(tag, position), bit, add);
    }
    return count < size;
  }

  /**
   * Ranks everyone touched by their partial score, then rescores the best few exactly. Exact
   * scoring of everyone touched would dominate the run time; the partial score misses only the
   * common, low-weight challenges that were sampled, so the exact best are almost always among the
   * shortlist.
   */
  private void select(int u, int count) {
    shortlistByPartialScore(u, count);
    top.clear(count);
    for (int index = 0; index < shortlist.size(); index++) {
      int v = shortlist.member(index);
      double score = sampled ? scorer.score(u, v) : shortlist.score(index);
      if (top.accepts(score) && rules.allowedIfRelated(u, v)) {
        top.add(v, score, Hashing.pair(seed, network.ids[u], network.ids[v]));
      }
    }
  }

  private void shortlistByPartialScore(int u, int count) {
    shortlist.clear(SHORTLIST_FACTOR * count);
    long profile = network.profiles[u];
    for (int i = 0; i < touches.size(); i++) {
      long other = touches.profile(i);
      if (Profiles.sameOrganisation(profile, other)) {
        continue;
      }
      double partial =
          touches.rarity(i)
              + scorer.bonuses(profile, other)
              + scorer.complementarity(Integer.bitCount(touches.directions(i)));
      // Ties keep the first touched: touch order is already seeded.
      if (shortlist.accepts(partial)) {
        shortlist.add(touches.member(i), partial, i);
      }
    }
  }
}
