package org.commonground.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The score formula documented on {@link MatchingWeights}, checked by hand. */
class ScoreTest {
  private final MatchingWeights weights = MatchingWeights.DEFAULTS;

  @Test
  void sumsRarityAndBonusesAsDocumented() {
    Participant a =
        People.withOffersAndAsks(People.person(1, 10, "NHS", 1, 7, 8), TagSet.of(50), TagSet.of());
    Participant b =
        People.withOffersAndAsks(
            new Participant(
                2,
                20,
                "CHARITY",
                "Wirral",
                1,
                TagSet.of(7, 9),
                TagSet.empty(),
                TagSet.empty(),
                true),
            TagSet.of(),
            TagSet.of(50));
    Participant c = People.person(3, 30, "NHS", 0, 7);

    WeeklyPairing result = new MatchingEngine().pair(List.of(a, b, c), MatchHistory.empty(), 1);

    // Two eligible members, both with challenge 7: idf(7) = ln(1 + 2/2).
    double expected =
        weights.rarity() * Math.log(2)
            + weights.differentSector()
            + weights.complementarity()
            + weights.unmatchedLastWeek();
    Pair pair = result.pairs().get(0);
    assertThat(pair.score()).isCloseTo(expected, within(1e-12));
    assertThat(pair.sharedChallenges()).isEqualTo(TagSet.of(7));
    assertThat(pair.aOffersToB()).isEqualTo(TagSet.of(50));
    assertThat(pair.bOffersToA()).isEqualTo(TagSet.empty());
  }

  @Test
  void askMeetingOfferIsEnoughWithoutSharedChallenge() {
    Participant asker =
        People.withOffersAndAsks(People.person(1, 10, "NHS", 1, 1), TagSet.of(), TagSet.of(60));
    Participant offerer =
        People.withOffersAndAsks(People.person(2, 20, "NHS", 1, 2), TagSet.of(60), TagSet.of());

    WeeklyPairing result =
        new MatchingEngine().pair(List.of(asker, offerer), MatchHistory.empty(), 1);

    assertThat(result.pairs())
        .singleElement()
        .satisfies(
            pair -> {
              assertThat(pair.sharedChallenges().isEmpty()).isTrue();
              assertThat(pair.bOffersToA()).isEqualTo(TagSet.of(60));
              assertThat(pair.score()).isCloseTo(weights.complementarity(), within(1e-12));
            });
  }

  @Test
  void rareSharedChallengeBeatsCommonOne() {
    // Everyone shares challenge 1; only member 1 and member 3 share the niche challenge 2.
    List<Participant> people =
        List.of(
            People.person(1, 10, "NHS", 1, 1, 2),
            People.person(2, 20, "NHS", 1, 1),
            People.person(3, 30, "NHS", 1, 1, 2),
            People.person(4, 40, "NHS", 1, 1),
            People.person(5, 50, "NHS", 1, 1),
            People.person(6, 60, "NHS", 1, 1));

    WeeklyPairing result = new MatchingEngine().pair(people, MatchHistory.empty(), 3);

    assertThat(result.pairsOf(1)).singleElement().extracting(Pair::b).isEqualTo(3L);
  }
}
