package org.commonground.storage.rounds;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A freshly computed round, to be stored once, with who was in the network at the time.
 *
 * @param note the convenor's note for the week's digests, as it stood when the round was computed
 */
public record NewRound(
    String week,
    long weekNumber,
    Instant computedAt,
    int eligible,
    int withAllowedPartner,
    int matched,
    Headcount headcount,
    double totalScore,
    List<NewPair> pairs,
    List<NewRoundMember> members,
    Optional<String> note) {

  /** A pair to store; tag lists are ids. */
  public record NewPair(
      long memberA,
      long memberB,
      double score,
      List<Integer> sharedChallenges,
      List<Integer> aOffersB,
      List<Integer> bOffersA) {}

  /** Someone in the round; {@code unmatchedReason} is null for the matched. */
  public record NewRoundMember(long memberId, String unmatchedReason) {}
}
