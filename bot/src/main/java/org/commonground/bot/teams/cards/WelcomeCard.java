package org.commonground.bot.teams.cards;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonground.bot.core.lifecycle.WelcomeWords;

/** The card a person gets when the app is installed for them: what it is, and a way in. */
public final class WelcomeCard {

  private WelcomeCard() {}

  /**
   * @param networkWords the network's own paragraph, shown literally after the app's introduction
   */
  public static JsonObject message(Optional<String> networkWords) {
    return CardMessage.of(card(networkWords), WelcomeWords.TEXT);
  }

  public static AdaptiveCard card(Optional<String> networkWords) {
    List<JsonObject> body = new ArrayList<>();
    body.add(TextBlock.of(CardMarkdown.fromMarkup(WelcomeWords.INTRODUCTION)).json());
    networkWords.ifPresent(words -> body.add(TextBlock.of(CardMarkdown.escape(words)).json()));
    body.add(TextBlock.of(WelcomeWords.INVITATION).json());
    body.add(TextBlock.of("Not now? Send me **introduce** whenever you're ready.").subtle().json());
    return AdaptiveCard.of(body)
        .actions(
            List.of(
                CardActions.positive(
                    CardActions.execute(
                        WelcomeWords.BUTTON, CardIds.INTRODUCE_VERB, new JsonObject()))));
  }
}
