package org.commonground.bot.teams.cards;

import com.google.gson.JsonObject;
import java.util.List;
import org.commonground.bot.core.lifecycle.WelcomeWords;

/** The card a person gets when the app is installed for them: what it is, and a way in. */
public final class WelcomeCard {

  private WelcomeCard() {}

  public static JsonObject message() {
    return CardMessage.of(card(), WelcomeWords.TEXT);
  }

  public static AdaptiveCard card() {
    return AdaptiveCard.of(
            List.of(
                TextBlock.of(CardMarkdown.fromMarkup(WelcomeWords.INTRODUCTION)).json(),
                TextBlock.of(WelcomeWords.INVITATION).json(),
                TextBlock.of("Not now? Send me **introduce** whenever you're ready.")
                    .subtle()
                    .json()))
        .actions(
            List.of(
                CardActions.positive(
                    CardActions.execute(
                        WelcomeWords.BUTTON, CardIds.INTRODUCE_VERB, new JsonObject()))));
  }
}
