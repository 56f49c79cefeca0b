package org.commonground.bot.core.meetings;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.commonground.bot.core.views.FormValues;
import org.commonground.storage.outcomes.OutcomeAnswer;
import org.commonground.storage.outcomes.OutcomeAnswers;
import org.commonground.storage.rounds.MeetingAnswer;
import org.commonground.storage.rounds.MeetingQuestion;
import org.commonground.storage.rounds.MeetingQuestions;

/**
 * "What came of it?": asked once of a member who said yes to "Did you meet?", answered once with a
 * kind of outcome, an optional sentence and whether the admins may share that sentence. The first
 * answer stands; the question is tied to the "yes", so only its member can answer it.
 */
public final class WhatCameOfIt {

  /** What became of a submitted answer. */
  public sealed interface Result {}

  /** Recorded; the member is thanked in place of the question. */
  public record Recorded(MeetingQuestion question, OutcomeAnswer answer) implements Result {}

  /** Not recorded: messages by field, to show beside them. */
  public record Refused(Map<String, String> errors) implements Result {}

  /** Not recorded: the member had answered already, with {@code answer}. */
  public record AlreadyAnswered(MeetingQuestion question, OutcomeAnswer answer) implements Result {}

  /** Not recorded: the question isn't the member's, or they didn't say yes to it. */
  public record NotYours() implements Result {}

  private final OutcomeAnswers answers;
  private final MeetingQuestions questions;
  private final OutcomeMessages messages;
  private final Executor background;
  private final Clock clock;

  public WhatCameOfIt(
      OutcomeAnswers answers,
      MeetingQuestions questions,
      OutcomeMessages messages,
      Executor background,
      Clock clock) {
    this.answers = answers;
    this.questions = questions;
    this.messages = messages;
    this.background = background;
    this.clock = clock;
  }

  /** Asks the member who has just said yes to {@code question}; called once per yes. */
  public void ask(MeetingQuestion question) {
    messages.ask(question);
  }

  /** The member's question, when it is theirs, they said yes to it and have not answered yet. */
  public Optional<MeetingQuestion> askable(String userId, long questionId) {
    return theirYes(userId, questionId).filter(q -> answers.find(q.id(), userId).isEmpty());
  }

  /**
   * Records the member's answer when it is theirs to give and not given yet, then thanks them in
   * place of the question, after the caller has answered the platform.
   */
  public Result submit(String userId, long questionId, FormValues values) {
    Optional<MeetingQuestion> question = theirYes(userId, questionId);
    if (question.isEmpty()) {
      return new NotYours();
    }
    MeetingQuestion asked = question.get();
    Optional<OutcomeAnswer> given = answers.find(questionId, userId);
    if (given.isPresent()) {
      return new AlreadyAnswered(asked, given.get());
    }
    OutcomeForm.Read read = OutcomeForm.read(values);
    if (read.answer().isEmpty()) {
      return new Refused(read.errors());
    }
    OutcomeAnswer answer = read.answer().get();
    if (!answers.record(questionId, userId, answer, clock.instant())) {
      // Another submission of the same form got there first; its answer stands.
      return answers
          .find(questionId, userId)
          .<Result>map(first -> new AlreadyAnswered(asked, first))
          .orElseGet(NotYours::new);
    }
    background.execute(() -> messages.thank(userId, asked, answer));
    return new Recorded(asked, answer);
  }

  private Optional<MeetingQuestion> theirYes(String userId, long questionId) {
    return questions
        .find(questionId)
        .filter(q -> userId.equals(q.userId()) && q.answer() == MeetingAnswer.YES);
  }
}
