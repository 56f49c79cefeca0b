package org.commonground.bot.core.meetings;

import org.commonground.storage.rounds.MeetingAnswer;

/** The words of asking a member whether they met their introduction, on every platform. */
public final class DidYouMeetWords {

  public static final String YES = "Yes";
  public static final String NOT_YET = "Not yet";
  public static final String NO = "No";

  private DidYouMeetWords() {}

  /** The thanks for an answer. */
  public static String thanks(MeetingAnswer answer) {
    return switch (answer) {
      case YES -> ":tada: Thanks! Glad you met: that's what Common Ground is for.";
      case NOT_YET -> ":hourglass_flowing_sand: Thanks! We'll check in once more in a few days.";
      case NO ->
          ":ok_hand: Thanks for telling us. It helps us make better introductions;"
              + " nobody else is told.";
    };
  }
}
