package org.commonground.bot.slack.meetings;

import org.commonground.bot.core.meetings.OutcomeMessages;
import org.commonground.bot.core.meetings.OutcomeWords;
import org.commonground.bot.slack.OwnMessages;
import org.commonground.storage.outcomes.OutcomeAnswer;
import org.commonground.storage.rounds.MeetingQuestion;

/** "What came of it?" as a Slack DM whose button gives way to what was recorded once answered. */
public final class SlackOutcomeMessages implements OutcomeMessages {

  private final OwnMessages messages;

  public SlackOutcomeMessages(OwnMessages messages) {
    this.messages = messages;
  }

  @Override
  public void ask(MeetingQuestion question) {
    messages.send(
        KIND,
        question.id(),
        question.userId(),
        OutcomeQuestionMessage.fallbackText(),
        OutcomeQuestionMessage.blocks(question));
  }

  @Override
  public void thank(String userId, MeetingQuestion question, OutcomeAnswer answer) {
    messages.updateOwn(
        KIND,
        question.id(),
        userId,
        OutcomeWords.thanks(answer.kind()),
        OutcomeQuestionMessage.answered(question, answer));
  }
}
