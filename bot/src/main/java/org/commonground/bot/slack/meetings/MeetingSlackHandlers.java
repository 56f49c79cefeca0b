package org.commonground.bot.slack.meetings;

import com.slack.api.bolt.App;
import org.commonground.bot.core.meetings.MeetingFollowUp;
import org.commonground.storage.rounds.MeetingAnswer;

/** The answers to "Did you meet?". */
public final class MeetingSlackHandlers {

  private final MeetingFollowUp meetings;

  public MeetingSlackHandlers(MeetingFollowUp meetings) {
    this.meetings = meetings;
  }

  public void register(App app) {
    app.blockAction(
        DidYouMeetMessage.YES_ACTION, new MeetingAnswerClick(meetings, MeetingAnswer.YES));
    app.blockAction(
        DidYouMeetMessage.NOT_YET_ACTION, new MeetingAnswerClick(meetings, MeetingAnswer.NOT_YET));
    app.blockAction(
        DidYouMeetMessage.NO_ACTION, new MeetingAnswerClick(meetings, MeetingAnswer.NO));
  }
}
