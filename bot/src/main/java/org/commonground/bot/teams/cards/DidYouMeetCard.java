package org.commonground.bot.teams.cards;

import com.google.gson.JsonObject;
import java.util.List;
import org.commonground.bot.core.meetings.DidYouMeetWords;
import org.commonground.storage.rounds.MeetingAnswer;
import org.commonground.storage.rounds.MeetingQuestion;

/** Asks a member whether they met the person they were introduced to: Yes, Not yet or No. */
public final class DidYouMeetCard {

  private DidYouMeetCard() {}

  /** The question about meeting {@code otherName}, with its three answers. */
  public static JsonObject message(MeetingQuestion question, String otherName) {
    return CardMessage.of(card(question, otherName), "Did you meet " + otherName + "?");
  }

  public static AdaptiveCard card(MeetingQuestion question, String otherName) {
    JsonObject data = CardActions.data(CardIds.QUESTION_ID, question.id());
    return AdaptiveCard.of(List.of(asking(question, otherName)))
        .actions(
            List.of(
                CardActions.positive(
                    CardActions.execute(DidYouMeetWords.YES, CardIds.MET_YES_VERB, data)),
                CardActions.execute(DidYouMeetWords.NOT_YET, CardIds.MET_NOT_YET_VERB, data),
                CardActions.execute(DidYouMeetWords.NO, CardIds.MET_NO_VERB, data)));
  }

  /** The same card once answered: the question stays, the buttons give way to thanks. */
  public static AdaptiveCard answered(
      MeetingQuestion question, String otherName, MeetingAnswer answer) {
    String thanks = CardMarkdown.fromMarkup(DidYouMeetWords.thanks(answer));
    return AdaptiveCard.of(
        List.of(asking(question, otherName), TextBlock.of(thanks).subtle().json()));
  }

  private static JsonObject asking(MeetingQuestion question, String otherName) {
    String other = CardMarkdown.escape(otherName);
    String when =
        question.timesAsked() == 1
            ? "☕ A week ago we introduced you to " + other + "."
            : "☕ A few days ago you hadn't met " + other + " yet.";
    return TextBlock.of(when + " **Did you meet " + other + "?**").json();
  }
}
