package org.commonground.bot.teams.meetings;

import com.google.gson.JsonObject;
import java.util.OptionalLong;
import org.commonground.bot.core.meetings.OutcomeWords;
import org.commonground.bot.core.meetings.WhatCameOfIt;
import org.commonground.bot.teams.Activity;
import org.commonground.bot.teams.InvokeAnswer;
import org.commonground.bot.teams.TeamsHandlers;
import org.commonground.bot.teams.cards.CardData;
import org.commonground.bot.teams.cards.CardIds;
import org.commonground.bot.teams.cards.CardValues;
import org.commonground.bot.teams.cards.OutcomeCard;
import org.commonground.bot.teams.digest.PartnerNames;

/**
 * <i>Send</i> on the "What came of it?" card: recorded as the Slack form is, the card redrawn with
 * what was recorded, or a message saying what needs changing while the card keeps what was typed.
 */
public final class TeamsOutcomeAnswers {

  static final String NOTHING_SAVED = "Nothing is saved yet.";

  private final WhatCameOfIt outcomes;
  private final PartnerNames names;

  public TeamsOutcomeAnswers(WhatCameOfIt outcomes, PartnerNames names) {
    this.outcomes = outcomes;
    this.names = names;
  }

  public void register(TeamsHandlers handlers) {
    handlers.action(CardIds.OUTCOME_SUBMIT_VERB, this::submitted);
  }

  /** The question comes from the card's data, which anyone could write: the service checks it. */
  private InvokeAnswer submitted(Activity activity, JsonObject data) {
    OptionalLong questionId = CardData.id(data, CardIds.QUESTION_ID);
    if (questionId.isEmpty()) {
      return new InvokeAnswer.Message(OutcomeWords.NOT_YOURS);
    }
    WhatCameOfIt.Result result =
        outcomes.submit(activity.fromUserId(), questionId.getAsLong(), CardValues.of(data));
    if (result instanceof WhatCameOfIt.Recorded recorded) {
      String other = names.inSentence(recorded.question().otherUserId());
      return new InvokeAnswer.Card(OutcomeCard.answered(other, recorded.answer()));
    }
    if (result instanceof WhatCameOfIt.Refused refused) {
      return new InvokeAnswer.Message(
          NOTHING_SAVED + " " + String.join(" ", refused.errors().values()));
    }
    if (result instanceof WhatCameOfIt.AlreadyAnswered) {
      return new InvokeAnswer.Message(OutcomeWords.ALREADY_ANSWERED);
    }
    return new InvokeAnswer.Message(OutcomeWords.NOT_YOURS);
  }
}
