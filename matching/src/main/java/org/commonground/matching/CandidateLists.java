package org.commonground.matching;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Every member's best allowed partners, as found by {@link CandidateSearch}.
 *
 * <p>Members whom nobody picked are searched again for twice as many. In large networks every tag
 * is sampled, and such a member's own picks are mostly popular members who pair elsewhere: at
 * 300,000 members they were most of the 3 % left unmatched, and with the wider search under 0.2 %
 * are.
 */
final class CandidateLists {
  private static final int WIDENING = 2;

  private final int perMember;
  private final int width;
  private final int[] partners;
  private final int[] counts;

  private CandidateLists(int memberCount, int perMember) {
    this.perMember = perMember;
    width = WIDENING * perMember;
    partners = new int[memberCount * width];
    counts = new int[memberCount];
  }

  /** Searches all members in parallel; each writes only its own slots, so order is fixed. */
  static CandidateLists find(
      Network network,
      TagIndex index,
      PairRules rules,
      PairScorer scorer,
      MatchingWeights weights,
      long seed) {
    CandidateLists lists = new CandidateLists(network.size(), weights.candidatesPerMember());
    ThreadLocal<CandidateSearch> search =
        ThreadLocal.withInitial(
            () -> new CandidateSearch(network, index, rules, scorer, weights, seed, lists.width));
    IntStream.range(0, network.size())
        .parallel()
        .forEach(u -> lists.search(search.get(), u, lists.perMember));
    int[] unpicked = lists.unpicked();
    Arrays.stream(unpicked).parallel().forEach(u -> lists.search(search.get(), u, lists.width));
    return lists;
  }

  private void search(CandidateSearch search, int u, int count) {
    counts[u] = search.find(u, count, partners, u * width);
  }

  /** Members with a full list whom nobody picked, ascending. */
  private int[] unpicked() {
    boolean[] picked = new boolean[counts.length];
    for (int u = 0; u < counts.length; u++) {
      for (int i = 0; i < counts[u]; i++) {
        picked[partners[u * width + i]] = true;
      }
    }
    return IntStream.range(0, counts.length)
        .filter(u -> counts[u] == perMember && !picked[u])
        .toArray();
  }

  int memberCount() {
    return counts.length;
  }

  /** Whether the member has any allowed partner at all. */
  boolean hasAny(int member) {
    return counts[member] > 0;
  }

  /** Each candidate pair once, encoded as {@code smaller << 32 | larger}, ascending. */
  long[] uniquePairs() {
    long[] pairs = new long[Arrays.stream(counts).sum()];
    int next = 0;
    for (int u = 0; u < counts.length; u++) {
      for (int i = 0; i < counts[u]; i++) {
        int v = partners[u * width + i];
        pairs[next++] = (long) Math.min(u, v) << 32 | Math.max(u, v);
      }
    }
    Arrays.parallelSort(pairs);
    int unique = 0;
    for (int i = 0; i < pairs.length; i++) {
      if (i == 0 || pairs[i] != pairs[i - 1]) {
        pairs[unique++] = pairs[i];
      }
    }
    return Arrays.copyOf(pairs, unique);
  }
}
