package org.commonground.bot.teams.digest;

import com.google.gson.JsonObject;
import java.util.OptionalLong;
import org.commonground.bot.core.digest.MatchResponses;
import org.commonground.bot.core.home.MemberSettings;
import org.commonground.bot.teams.Activity;
import org.commonground.bot.teams.InvokeAnswer;
import org.commonground.bot.teams.TeamsHandlers;
import org.commonground.bot.teams.cards.CardData;
import org.commonground.bot.teams.cards.CardIds;
import org.commonground.bot.teams.cards.CardMarkdown;
import org.commonground.storage.rounds.Answer;

/**
 * The digest card's buttons in Teams: <i>Intro me</i> and <i>Not for me</i> on a match, answered as
 * on Slack (the card is drawn again once the answer is recorded), and <i>Pause matches for a
 * week</i>.
 */
public final class TeamsMatchAnswers {

  static final String NOTED = "Got it: your digest shows your answer in a moment.";
  static final String NOT_A_MATCH = "That match is no longer in your digest.";

  private final MatchResponses responses;
  private final MemberSettings settings;

  public TeamsMatchAnswers(MatchResponses responses, MemberSettings settings) {
    this.responses = responses;
    this.settings = settings;
  }

  public void register(TeamsHandlers handlers) {
    handlers.action(
        CardIds.INTRO_ME_VERB, (activity, data) -> answer(activity, data, Answer.INTRO_ME));
    handlers.action(
        CardIds.NOT_FOR_ME_VERB, (activity, data) -> answer(activity, data, Answer.NOT_FOR_ME));
    handlers.action(
        CardIds.PAUSE_WEEK_VERB,
        (activity, data) ->
            new InvokeAnswer.Message(plain(settings.pauseForWeeks(activity.fromUserId(), "1"))));
  }

  /**
   * The pair comes from the card's data, which anyone could write: the answer counts only if the
   * presser is one of the pair, which {@link MatchResponses} checks.
   */
  private InvokeAnswer answer(Activity activity, JsonObject data, Answer answer) {
    OptionalLong pairId = CardData.id(data, CardIds.PAIR_ID);
    if (pairId.isEmpty()) {
      return new InvokeAnswer.Message(NOT_A_MATCH);
    }
    responses.answerLater(activity.fromUserId(), pairId.getAsLong(), answer);
    return new InvokeAnswer.Message(NOTED);
  }

  /** The settings' words are Slack's; Teams shows a message's text as it is. */
  private static String plain(String mrkdwn) {
    return CardMarkdown.fromMarkup(mrkdwn).replace("**", "");
  }
}
