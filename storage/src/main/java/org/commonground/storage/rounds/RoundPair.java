package org.commonground.storage.rounds;

import java.time.Instant;
import java.util.List;

/**
 * A pair formed by a round, with what both said. A member who deleted their profile reads as {@code
 * null}.
 */
public record RoundPair(
    long id,
    long roundId,
    Long memberA,
    Long memberB,
    double score,
    String sharedChallenges,
    String aOffersB,
    String bOffersA,
    Answer aAnswer,
    Answer bAnswer,
    Instant introducedAt,
    String groupChannel) {

  public List<Integer> sharedChallengeIds() {
    return TagIds.parse(sharedChallenges);
  }

  /** Every tag the pair's offers and asks met on, in both directions. */
  public List<Integer> offerIds() {
    List<Integer> ids = new java.util.ArrayList<>(TagIds.parse(aOffersB));
    ids.addAll(TagIds.parse(bOffersA));
    return ids;
  }

  /** Tags {@code memberId} can offer that the other asked for. */
  public List<Integer> offeredBy(long memberId) {
    return TagIds.parse(Long.valueOf(memberId).equals(memberA) ? aOffersB : bOffersA);
  }

  public boolean involves(long memberId) {
    return Long.valueOf(memberId).equals(memberA) || Long.valueOf(memberId).equals(memberB);
  }

  public Long partnerOf(long memberId) {
    return Long.valueOf(memberId).equals(memberA) ? memberB : memberA;
  }

  public Answer answerOf(long memberId) {
    return Long.valueOf(memberId).equals(memberA) ? aAnswer : bAnswer;
  }
}
