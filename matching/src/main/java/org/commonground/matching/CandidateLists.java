package org.commonground.matching;

import java.util.Arrays;
import java.util.stream.IntStream;

/** Every member's best allowed partners, as found by {@link CandidateSearch}. */
final class CandidateLists {
  private final int perMember;
  private final int[] partners;
  private final int[] counts;

  private CandidateLists(int memberCount, int perMember) {
    this.perMember = perMember;
    partners = new int[memberCount * perMember];
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
            () -> new CandidateSearch(network, index, rules, scorer, weights, seed));
    IntStream.range(0, network.size())
        .parallel()
        .forEach(u -> lists.counts[u] = search.get().find(u, lists.partners, u * lists.perMember));
    return lists;
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
        int v = partners[u * perMember + i];
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
