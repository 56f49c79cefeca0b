package org.commonground.bot.teams.meetings;

import com.google.gson.JsonObject;
import java.util.OptionalLong;
import org.commonground.bot.core.meetings.MeetingFollowUp;
import org.commonground.bot.teams.Activity;
import org.commonground.bot.teams.InvokeAnswer;
import org.commonground.bot.teams.TeamsHandlers;
import org.commonground.bot.teams.cards.CardData;
import org.commonground.bot.teams.cards.CardIds;
import org.commonground.bot.teams.cards.DidYouMeetCard;
import org.commonground.bot.teams.digest.PartnerNames;
import org.commonground.storage.rounds.MeetingAnswer;

/**
 * <i>Yes</i>, <i>Not yet</i> and <i>No</i> on the "Did you meet?" card: recorded as a Slack click
 * is, and the card replaced with the question answered.
 */
public final class TeamsMeetingAnswers {

  static final String NOT_YOURS = "That question isn't one of yours.";

  private final MeetingFollowUp followUp;
  private final PartnerNames names;

  public TeamsMeetingAnswers(MeetingFollowUp followUp, PartnerNames names) {
    this.followUp = followUp;
    this.names = names;
  }

  public void register(TeamsHandlers handlers) {
    handlers.action(
        CardIds.MET_YES_VERB, (activity, data) -> answer(activity, data, MeetingAnswer.YES));
    handlers.action(
        CardIds.MET_NOT_YET_VERB,
        (activity, data) -> answer(activity, data, MeetingAnswer.NOT_YET));
    handlers.action(
        CardIds.MET_NO_VERB, (activity, data) -> answer(activity, data, MeetingAnswer.NO));
  }

  /**
   * The question comes from the card's data, which anyone could write: the answer counts only if
   * the presser is the one asked, which {@link MeetingFollowUp} checks.
   */
  private InvokeAnswer answer(Activity activity, JsonObject data, MeetingAnswer answer) {
    OptionalLong questionId = CardData.id(data, CardIds.QUESTION_ID);
    if (questionId.isEmpty()) {
      return new InvokeAnswer.Message(NOT_YOURS);
    }
    return followUp
        .answerInPlace(activity.fromUserId(), questionId.getAsLong(), answer)
        .<InvokeAnswer>map(
            question ->
                new InvokeAnswer.Card(
                    DidYouMeetCard.answered(
                        question, names.inSentence(question.otherUserId()), question.answer())))
        .orElseGet(() -> new InvokeAnswer.Message(NOT_YOURS));
  }
}
