package org.commonground.storage.rounds;

import java.time.Clock;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Members' answers to the matches in their digest. An answer is recorded in one transaction with
 * what it implies, so that a "Not for me" is never kept without the decline that stops the two
 * being paired again, nor the other way round.
 */
public final class MatchAnswers {

  /**
   * The pair after an answer, and whether this call recorded it: false when the member had answered
   * already, whose first answer stands.
   */
  public record Answered(RoundPair pair, boolean recorded) {}

  private final Jdbi jdbi;
  private final Clock clock;

  public MatchAnswers(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /**
   * Records {@code memberId}'s first answer to the pair and, when it is "Not for me", their decline
   * of the partner, in one transaction. Empty when the member is not one of the pair or the partner
   * has deleted their profile.
   */
  public Optional<Answered> answer(long pairId, long memberId, Answer answer) {
    return jdbi.inTransaction(
        handle -> {
          RoundRepository rounds = handle.attach(RoundRepository.class);
          Optional<Long> partner =
              rounds
                  .findPair(pairId)
                  .filter(pair -> pair.involves(memberId))
                  .map(pair -> pair.partnerOf(memberId));
          if (partner.isEmpty()) {
            return Optional.<Answered>empty();
          }
          boolean recorded = rounds.recordAnswer(pairId, memberId, answer) == 1;
          if (recorded && answer == Answer.NOT_FOR_ME) {
            handle
                .attach(DeclineRepository.class)
                .decline(memberId, partner.get(), clock.instant());
          }
          return Optional.of(new Answered(rounds.findPair(pairId).orElseThrow(), recorded));
        });
  }
}
