package org.commonground.bot.core.meetings;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.commonground.storage.rounds.MeetingAnswer;
import org.commonground.storage.rounds.MeetingQuestion;
import org.commonground.storage.rounds.MeetingQuestions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Did you meet?": a week after a pair is introduced each of the two is asked once; a "Not yet" is
 * asked once more a few days later. A question is recorded as asked before its DM goes out, so a
 * crash in between means one question fewer, never one too many. A yes is followed by {@code
 * whenMet} (asking what came of it) once: an answer is recorded only while none stands, and a yes
 * is final.
 */
public final class MeetingFollowUp {

  static final String TASK_NAME = "meeting-follow-up";

  public static final Duration ASK_AFTER = Duration.ofDays(7);
  static final Duration ASK_AGAIN_AFTER = Duration.ofDays(3);

  /** Introductions older than this when first due are not asked about: too late to be useful. */
  static final Duration TOO_LATE = Duration.ofDays(21);

  private static final Logger log = LoggerFactory.getLogger(MeetingFollowUp.class);

  private final MeetingQuestions questions;
  private final MeetingMessages messages;
  private final Consumer<MeetingQuestion> whenMet;
  private final Executor background;
  private final Clock clock;

  /**
   * @param whenMet what follows a member's yes, given their question, after their thanks
   */
  public MeetingFollowUp(
      MeetingQuestions questions,
      MeetingMessages messages,
      Consumer<MeetingQuestion> whenMet,
      Executor background,
      Clock clock) {
    this.questions = questions;
    this.messages = messages;
    this.whenMet = whenMet;
    this.background = background;
    this.clock = clock;
  }

  /** Runs every day at 10:00, on one replica. */
  public RecurringTask<Void> task(ZoneId zone) {
    return Tasks.recurring(TASK_NAME, Schedules.daily(zone, LocalTime.of(10, 0)))
        .execute((instance, context) -> run());
  }

  /** Asks whoever is due a first question or, after "Not yet", a second one. */
  public void run() {
    Instant now = clock.instant();
    int asked = askFirst(now);
    int askedAgain = askAgain(now);
    log.info("Meeting follow-up: {} asked, {} asked again", asked, askedAgain);
  }

  private int askFirst(Instant now) {
    Instant due = now.minus(ASK_AFTER);
    List<MeetingQuestion> asked = questions.askFirst(due.minus(TOO_LATE), due, now);
    asked.forEach(messages::ask);
    return asked.size();
  }

  private int askAgain(Instant now) {
    List<MeetingQuestion> asked = questions.askAgain(now.minus(ASK_AGAIN_AFTER), now);
    asked.forEach(messages::ask);
    return asked.size();
  }

  /**
   * Records the answer when it is the clicker's to give and not given yet, then thanks them in
   * place of the buttons of their own question; any other click changes nothing.
   */
  public void answer(String userId, long questionId, MeetingAnswer answer) {
    if (!questions.answer(questionId, userId, answer, clock.instant())) {
      return;
    }
    background.execute(
        () -> questions.find(questionId).ifPresent(q -> thankAndFollowUp(userId, q, answer)));
  }

  private void thankAndFollowUp(String userId, MeetingQuestion question, MeetingAnswer answer) {
    messages.thank(userId, question, answer);
    followUp(question, answer);
  }

  /**
   * Records the answer as {@link #answer} does, for a platform where the press itself is answered
   * with the redrawn question (Teams replaces a card that way).
   *
   * @return the presser's own question as it now stands answered (a second press finds the first
   *     answer); empty when the question is not theirs
   */
  public Optional<MeetingQuestion> answerInPlace(
      String userId, long questionId, MeetingAnswer answer) {
    boolean recorded = questions.answer(questionId, userId, answer, clock.instant());
    Optional<MeetingQuestion> own =
        questions.find(questionId).filter(q -> userId.equals(q.userId()) && q.answer() != null);
    if (recorded) {
      own.ifPresent(q -> background.execute(() -> followUp(q, answer)));
    }
    return own;
  }

  private void followUp(MeetingQuestion question, MeetingAnswer answer) {
    if (answer == MeetingAnswer.YES) {
      whenMet.accept(question);
    }
  }
}
