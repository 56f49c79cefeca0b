package org.commonground.matching;

/**
 * Finds one member's best allowed partners through the tag index, never looking at members who
 * share nothing with them. Through each tag it looks at no more than {@code postingsPerTag}
 * holders, starting at a seeded offset so that the holders of a very common tag are sampled evenly
 * rather than the same few being seen by everyone. Holds per-thread scratch arrays.
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
  private final double[] rarity;
  private final byte[] directions;
  private final int[] seenBy;
  private final int[] touched;
  private final TopK top;
  private final TopK shortlist;
  private int touchedCount;
  private int generation;
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
    rarity = new double[network.size()];
    directions = new byte[network.size()];
    seenBy = new int[network.size()];
    touched = new int[network.size()];
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
    touchedCount = 0;
    generation++;
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
      touch(postings.member(tag, position), bit, add);
    }
    return count < size;
  }

  private void touch(int v, int bit, double add) {
    if (seenBy[v] != generation) {
      seenBy[v] = generation;
      rarity[v] = 0;
      directions[v] = 0;
      touched[touchedCount++] = v;
    }
    rarity[v] += add;
    directions[v] |= (byte) bit;
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
    for (int i = 0; i < touchedCount; i++) {
      int v = touched[i];
      if (network.organisations[v] == network.organisations[u]) {
        continue;
      }
      double partial =
          rarity[v]
              + scorer.bonuses(u, v)
              + scorer.complementarity(Integer.bitCount(directions[v]));
      // Ties keep the first touched: touch order is already seeded.
      if (shortlist.accepts(partial)) {
        shortlist.add(v, partial, i);
      }
    }
  }
}
