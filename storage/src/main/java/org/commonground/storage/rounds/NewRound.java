package org.commonground.storage.rounds;

import java.time.Instant;
import java.util.List;

/** A freshly computed round, to be stored once, with who was in the network at the time. */
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
    List<NewRoundMember> members) {

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
