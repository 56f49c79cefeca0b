package org.commonground.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns a b-matching over dense indices back into the pairs, reasons and stats callers see. */
final class WeekResultBuilder {
  private final Network network;
  private final CandidateLists candidates;
  private final BMatching matching;
  private final int[] scratch;

  WeekResultBuilder(Network network, CandidateLists candidates, BMatching matching) {
    this.network = network;
    this.candidates = candidates;
    this.matching = matching;
    scratch = new int[network.tagCount()];
  }

  WeeklyPairing build(List<Participant> participants) {
    List<Pair> pairs = pairs();
    Map<Long, UnmatchedReason> unmatched = new HashMap<>();
    for (Participant participant : participants) {
      UnmatchedReason reason = reasonIfUnmatched(participant);
      if (reason != null) {
        unmatched.put(participant.id(), reason);
      }
    }
    return new WeeklyPairing(pairs, unmatched, stats(participants.size(), pairs));
  }

  /** Pairs come out ordered by ids because edges are ordered by dense index. */
  private List<Pair> pairs() {
    CandidateGraph graph = matching.graph();
    List<Pair> pairs = new ArrayList<>();
    for (int edge = 0; edge < graph.edgeCount(); edge++) {
      if (matching.contains(edge)) {
        pairs.add(pair(graph.from(edge), graph.to(edge), graph.weight(edge)));
      }
    }
    return pairs;
  }

  private Pair pair(int u, int v, double score) {
    return new Pair(
        network.ids[u],
        network.ids[v],
        score,
        common(network.challenges[u], network.challenges[v]),
        common(network.offers[u], network.asks[v]),
        common(network.offers[v], network.asks[u]));
  }

  private TagSet common(int[] a, int[] b) {
    return network.tagSet(scratch, SortedTags.common(a, b, scratch));
  }

  private UnmatchedReason reasonIfUnmatched(Participant participant) {
    if (participant.maxMatches() == 0) {
      return UnmatchedReason.WANTED_NONE;
    }
    int member = Arrays.binarySearch(network.ids, participant.id());
    if (matching.degree(member) > 0) {
      return null;
    }
    return candidates.hasAny(member)
        ? UnmatchedReason.PARTNERS_TAKEN
        : UnmatchedReason.NO_ALLOWED_PARTNER;
  }

  private PairingStats stats(int participants, List<Pair> pairs) {
    int withPartner = 0;
    int matched = 0;
    for (int member = 0; member < network.size(); member++) {
      withPartner += candidates.hasAny(member) ? 1 : 0;
      matched += matching.degree(member) > 0 ? 1 : 0;
    }
    double total = pairs.stream().mapToDouble(Pair::score).sum();
    return new PairingStats(
        participants, network.size(), withPartner, matched, pairs.size(), total);
  }
}
