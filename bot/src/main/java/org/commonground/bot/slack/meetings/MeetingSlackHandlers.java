package org.commonground.bot.slack.meetings;

import com.slack.api.bolt.App;
import org.commonground.bot.core.meetings.MeetingFollowUp;
import org.commonground.bot.core.meetings.WhatCameOfIt;
import org.commonground.storage.rounds.MeetingAnswer;

/** The answers to "Did you meet?" and, after a yes, to "What came of it?". */
public final class MeetingSlackHandlers {

  private final MeetingFollowUp meetings;
  private final WhatCameOfIt outcomes;

  public MeetingSlackHandlers(MeetingFollowUp meetings, WhatCameOfIt outcomes) {
    this.meetings = meetings;
    this.outcomes = outcomes;
  }

  public void register(App app) {
    app.blockAction(
        DidYouMeetMessage.YES_ACTION, new MeetingAnswerClick(meetings, MeetingAnswer.YES));
    app.blockAction(
        DidYouMeetMessage.NOT_YET_ACTION, new MeetingAnswerClick(meetings, MeetingAnswer.NOT_YET));
    app.blockAction(
        DidYouMeetMessage.NO_ACTION, new MeetingAnswerClick(meetings, MeetingAnswer.NO));
    app.blockAction(OutcomeQuestionMessage.OPEN_ACTION, new OpenOutcomeModal(outcomes));
    app.viewSubmission(OutcomeModal.CALLBACK_ID, new OutcomeModalSubmission(outcomes));
  }
}
