package org.commonground.bot.core.meetings;

import org.commonground.storage.rounds.MeetingAnswer;
import org.commonground.storage.rounds.MeetingQuestion;

/** "Did you meet?" put to a member, and their answer shown, on whichever platform they are. */
public interface MeetingMessages {

  /** What the question's message is remembered as, with the question's id as its subject. */
  String KIND = "meeting_question";

  /** Asks the question's member, remembering where it landed so that their answer can redraw it. */
  void ask(MeetingQuestion question);

  /**
   * Shows the member's own question as answered: the question stays, thanks replace the buttons.
   */
  void thank(String userId, MeetingQuestion question, MeetingAnswer answer);
}
