package org.commonground.matching;

import java.util.List;

/**
 * Everything computed before pairing: the dense network, scoring, rules, candidates and the
 * candidate graph. Kept as one value so benchmarks and tests can time and inspect the stages.
 */
record PreparedWeek(
    Network network,
    PairScorer scorer,
    PairRules rules,
    CandidateLists candidates,
    CandidateGraph graph) {

  static PreparedWeek of(
      List<Participant> participants, MatchHistory history, MatchingWeights weights, long seed) {
    Network network = Network.ofEligible(participants);
    TagIndex index = new TagIndex(network);
    PairScorer scorer = new PairScorer(network, index.idf, weights);
    PairRules rules = new PairRules(network, history, scorer);
    CandidateLists candidates = CandidateLists.find(network, index, rules, scorer, weights, seed);
    CandidateGraph graph = CandidateGraph.of(candidates, scorer);
    return new PreparedWeek(network, scorer, rules, candidates, graph);
  }
}
