package org.commonground.storage.rounds;

/** A pair as its columns are written. */
public record StoredPair(
    long memberA,
    long memberB,
    double score,
    String sharedChallenges,
    String aOffersB,
    String bOffersA) {

  static StoredPair of(NewRound.NewPair pair) {
    return new StoredPair(
        pair.memberA(),
        pair.memberB(),
        pair.score(),
        TagIds.join(pair.sharedChallenges()),
        TagIds.join(pair.aOffersB()),
        TagIds.join(pair.bOffersA()));
  }
}
