package org.commonground.bot.slack.meetings;

import org.commonground.bot.core.meetings.DidYouMeetWords;
import org.commonground.bot.core.meetings.MeetingMessages;
import org.commonground.bot.slack.OwnMessages;
import org.commonground.storage.rounds.MeetingAnswer;
import org.commonground.storage.rounds.MeetingQuestion;

/** "Did you meet?" as a Slack DM whose buttons are replaced with thanks once answered. */
public final class SlackMeetingMessages implements MeetingMessages {

  private final OwnMessages messages;

  public SlackMeetingMessages(OwnMessages messages) {
    this.messages = messages;
  }

  @Override
  public void ask(MeetingQuestion question) {
    messages.send(
        KIND,
        question.id(),
        question.userId(),
        DidYouMeetMessage.fallbackText(question),
        DidYouMeetMessage.blocks(question));
  }

  @Override
  public void thank(String userId, MeetingQuestion question, MeetingAnswer answer) {
    messages.updateOwn(
        KIND,
        question.id(),
        userId,
        DidYouMeetWords.thanks(answer),
        DidYouMeetMessage.answered(question, answer));
  }
}
