package org.commonground.bot.teams.cards;

import com.google.gson.JsonObject;
import java.util.List;
import org.commonground.bot.core.privacy.DeletionWords;

/** Asks a member to confirm deleting their profile, in the Slack confirmation's words. */
public final class DeletionCard {

  private DeletionCard() {}

  public static JsonObject message() {
    return CardMessage.of(card(), DeletionWords.TITLE + "?");
  }

  public static AdaptiveCard card() {
    return AdaptiveCard.of(
            List.of(
                TextBlock.heading(DeletionWords.TITLE),
                TextBlock.of(CardMarkdown.fromMarkup(DeletionWords.WHAT_GOES)).json(),
                TextBlock.of(DeletionWords.WHAT_STAYS).json()))
        .actions(
            List.of(
                CardActions.destructive(
                    CardActions.execute(
                        DeletionWords.DELETE, CardIds.DELETE_CONFIRM_VERB, new JsonObject())),
                CardActions.execute(
                    DeletionWords.KEEP, CardIds.DELETE_CANCEL_VERB, new JsonObject())));
  }
}
