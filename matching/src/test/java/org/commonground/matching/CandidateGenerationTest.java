package org.commonground.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateGenerationTest {
  private static final MatchingWeights NARROW = new MatchingWeights(1, 0.5, 0.75, 0.3, 5, 20);

  @Test
  void aTagEveryoneHasStaysLinear() {
    List<Participant> people = new ArrayList<>();
    for (int id = 1; id <= 5_000; id++) {
      people.add(People.person(id, id % 97, "NHS", 1, 1));
    }

    PreparedWeek week = PreparedWeek.of(people, MatchHistory.empty(), NARROW, 1);

    // Five candidates each, ten for those nobody picked.
    assertThat(week.graph().edgeCount()).isLessThanOrEqualTo(5_000 * 10);
    for (int member = 0; member < people.size(); member++) {
      assertThat(week.candidates().hasAny(member)).isTrue();
    }
    assertThat(MatchingEngine.match(week, 1, true).total()).isPositive();
  }

  @Test
  void partnerMissedBySamplingStillCountsAsAllowed() {
    List<Participant> people = new ArrayList<>();
    for (int id = 1; id <= 1_000; id++) {
      people.add(People.person(id, 1, "NHS", 1, 1));
    }
    people.add(People.person(5_000, 2, "CHARITY", 1, 1));

    WeeklyPairing result = new MatchingEngine(NARROW).pair(people, MatchHistory.empty(), 9);

    assertThat(result.pairs()).hasSize(1);
    assertThat(result.unmatched().values())
        .hasSize(999)
        .containsOnly(UnmatchedReason.PARTNERS_TAKEN);
  }

  @Test
  void someoneWithNothingInCommonHasNoAllowedPartner() {
    List<Participant> people =
        List.of(
            People.person(1, 1, "NHS", 1, 1),
            People.person(2, 2, "NHS", 1, 1),
            People.person(3, 3, "NHS", 2, 9),
            People.person(4, 1, "NHS", 1, 4),
            People.person(5, 1, "NHS", 1, 4));

    WeeklyPairing result = new MatchingEngine().pair(people, MatchHistory.empty(), 2);

    assertThat(result.unmatched())
        .containsEntry(3L, UnmatchedReason.NO_ALLOWED_PARTNER)
        .containsEntry(4L, UnmatchedReason.NO_ALLOWED_PARTNER)
        .containsEntry(5L, UnmatchedReason.NO_ALLOWED_PARTNER)
        .hasSize(3);
    assertThat(result.stats().coverage()).isEqualTo(1.0);
  }
}
