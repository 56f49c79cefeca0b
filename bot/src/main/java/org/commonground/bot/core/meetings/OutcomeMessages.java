package org.commonground.bot.core.meetings;

import org.commonground.storage.outcomes.OutcomeAnswer;
import org.commonground.storage.rounds.MeetingQuestion;

/** "What came of it?" put to a member, and their answer shown, on whichever platform they are. */
public interface OutcomeMessages {

  /**
   * What the question's message is remembered as, with the id of the "Did you meet?" question it
   * follows as its subject.
   */
  String KIND = "meeting_outcome";

  /** Asks the member who said yes to {@code question} what came of it. */
  void ask(MeetingQuestion question);

  /** Shows the member's own question as answered: thanks and what was recorded replace the form. */
  void thank(String userId, MeetingQuestion question, OutcomeAnswer answer);
}
