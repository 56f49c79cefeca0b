package org.commonground.storage.rounds;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * "Did you meet?" questions: which are due, asking them once (and after "Not yet" once more), and
 * the answers. Asking records the question and reads it back in one transaction, so a question is
 * sent only by the caller that recorded it.
 */
public final class MeetingQuestions {

  private final Jdbi jdbi;

  public MeetingQuestions(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /**
   * Asks each member of the pairs introduced in [{@code from}, {@code before}] who was not asked
   * yet, and returns the questions this call recorded.
   */
  public List<MeetingQuestion> askFirst(Instant from, Instant before, Instant now) {
    return jdbi.inTransaction(
        handle -> {
          MeetingFeedbackRepository feedback = handle.attach(MeetingFeedbackRepository.class);
          return feedback.notAskedIntroducedBetween(from, before).stream()
              .filter(member -> feedback.ask(member.pairId(), member.memberId(), now) == 1)
              .flatMap(member -> feedback.find(member.pairId(), member.memberId()).stream())
              .toList();
        });
  }

  /**
   * Asks again each "Not yet" answered before {@code answeredBefore} and not asked again yet, and
   * returns the questions this call asked again.
   */
  public List<MeetingQuestion> askAgain(Instant answeredBefore, Instant now) {
    return jdbi.inTransaction(
        handle -> {
          MeetingFeedbackRepository feedback = handle.attach(MeetingFeedbackRepository.class);
          return feedback.notYetAnsweredBefore(answeredBefore).stream()
              .filter(question -> feedback.askAgain(question.id(), now) == 1)
              .flatMap(question -> feedback.findById(question.id()).stream())
              .toList();
        });
  }

  /**
   * Records the answer of the member with {@code userId} to their question; false when it is not
   * theirs to give or was given already.
   */
  public boolean answer(long questionId, String userId, MeetingAnswer answer, Instant at) {
    return jdbi.withExtension(
            MeetingFeedbackRepository.class, f -> f.answer(questionId, userId, answer, at))
        == 1;
  }

  /** The question with this id, if it is still there. */
  public Optional<MeetingQuestion> find(long questionId) {
    return jdbi.withExtension(MeetingFeedbackRepository.class, f -> f.findById(questionId));
  }

  /** How the network's introductions turned out. */
  public MeetingCounts counts() {
    return jdbi.withExtension(MeetingFeedbackRepository.class, MeetingFeedbackRepository::counts);
  }
}
