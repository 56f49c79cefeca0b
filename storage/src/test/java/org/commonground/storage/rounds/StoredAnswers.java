package org.commonground.storage.rounds;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * What members answered, read from and written straight to the tables for tests outside this
 * package that check what a click recorded or need a meeting already reported.
 */
public final class StoredAnswers {

  private final Jdbi jdbi;

  public StoredAnswers(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** What the member said about their introductions, newest first. */
  public List<MeetingOutcome> meetingOutcomes(String userId) {
    return jdbi.withExtension(MeetingFeedbackRepository.class, f -> f.reportedBy(userId));
  }

  /**
   * Introduces the round's first pair in {@code group}, then asks the member (one of them) whether
   * they met and records their yes.
   */
  public void introducedAndMet(
      Round round, long memberId, String userId, String group, Instant at) {
    RoundRepository rounds = jdbi.onDemand(RoundRepository.class);
    long pair = rounds.pairsOf(round.id()).get(0).id();
    rounds.markIntroduced(pair, at, group);
    MeetingFeedbackRepository feedback = jdbi.onDemand(MeetingFeedbackRepository.class);
    feedback.ask(pair, memberId, at);
    long question = feedback.find(pair, memberId).orElseThrow().id();
    feedback.answer(question, userId, MeetingAnswer.YES, at);
  }
}
