package org.commonground.bot.teams.cards;

import com.google.gson.JsonObject;
import java.util.List;
import org.commonground.bot.privacy.DeletionModal;

/** Asks a member to confirm deleting their profile, in the Slack confirmation's words. */
public final class DeletionCard {

  private DeletionCard() {}

  public static JsonObject message() {
    return CardMessage.of(card(), DeletionModal.TITLE + "?");
  }

  public static AdaptiveCard card() {
    return AdaptiveCard.of(
            List.of(
                TextBlock.heading(DeletionModal.TITLE),
                TextBlock.of(CardMarkdown.fromSlack(DeletionModal.WHAT_GOES)).json(),
                TextBlock.of(DeletionModal.WHAT_STAYS).json()))
        .actions(
            List.of(
                CardActions.destructive(
                    CardActions.execute(
                        DeletionModal.DELETE, CardIds.DELETE_CONFIRM_VERB, new JsonObject())),
                CardActions.execute(
                    DeletionModal.KEEP, CardIds.DELETE_CANCEL_VERB, new JsonObject())));
  }
}
