package org.commonground.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The pairing against exact optima from JGraphT's Blossom V. */
class QualityTest {
  private static final double REQUIRED_SHARE = 0.99;
  private static final double REQUIRED_COVERAGE = 0.98;

  @Test
  void oneMatchEachIsWithinOnePercentOfTheOptimumOverAllAllowedPairs() {
    assertQuality(new SyntheticNetwork(400, 300, 1), 8, true);
  }

  @Test
  void capsUpToThreeAreWithinOnePercentOfTheOptimumOverAllAllowedPairs() {
    assertQuality(new SyntheticNetwork(160, 300, 3), 5, true);
  }

  @Test
  void capsUpToThreeOnThousandsAreWithinOnePercentOfTheCandidateGraphOptimum() {
    assertQuality(new SyntheticNetwork(2_500, 300, 3), 1, false);
  }

  @Test
  void greedyAloneIsMeasurablyWorse() {
    List<Participant> people = new SyntheticNetwork(500, 300, 1).generate(3);
    PreparedWeek week = PreparedWeek.of(people, MatchHistory.empty(), MatchingWeights.DEFAULTS, 3);

    double greedy = MatchingEngine.match(week, 3, false).total();
    double engine = MatchingEngine.match(week, 3, true).total();

    assertThat(engine).isGreaterThan(greedy * 1.03);
  }

  private static void assertQuality(SyntheticNetwork shape, int networks, boolean allPairs) {
    double shareSum = 0;
    double coverageSum = 0;
    for (long seed : LongStream.rangeClosed(1, networks).toArray()) {
      PreparedWeek week =
          PreparedWeek.of(
              shape.generate(seed), MatchHistory.empty(), MatchingWeights.DEFAULTS, seed);
      BMatching matching = MatchingEngine.match(week, seed, true);
      double optimum =
          allPairs ? ExactOptimum.ofAllAllowedPairs(week) : ExactOptimum.ofCandidates(week);
      assertThat(matching.total()).isLessThanOrEqualTo(optimum + 1e-6);
      shareSum += matching.total() / optimum;
      coverageSum += MatchingBench.coverage(week, matching);
    }
    assertThat(shareSum / networks).isGreaterThanOrEqualTo(REQUIRED_SHARE);
    assertThat(coverageSum / networks).isGreaterThanOrEqualTo(REQUIRED_COVERAGE);
  }
}
