package org.commonground.bot.teams.cards;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.commonground.bot.core.consent.ConsentWords;
import org.commonground.bot.core.consent.PrivacyNotice;

/**
 * Asks a Teams member to agree to a new privacy notice: why they are left out until they do, the
 * notice's short form, <b>I agree</b> carrying its version and the link to the full notice. Once
 * they have, the card says so in place of the buttons.
 */
public final class ConsentRequestCard {

  static final String AGREE_BUTTON = "I agree";
  static final String READ_AGAIN = "Read it again any time: send **introduce help**.";

  private ConsentRequestCard() {}

  public static JsonObject message(PrivacyNotice notice) {
    return CardMessage.of(card(notice), ConsentWords.REQUEST);
  }

  public static AdaptiveCard card(PrivacyNotice notice) {
    return asking(ConsentWords.ON_HOLD + " In short:", notice);
  }

  /** The answer to <b>I agree</b> on a card for an earlier notice: the current one, to agree to. */
  public static AdaptiveCard earlierVersion(PrivacyNotice notice) {
    return asking(ConsentWords.EARLIER_VERSION, notice);
  }

  /** The card once agreed: {@code thanks} (the app's own mrkdwn) where the buttons were. */
  public static AdaptiveCard agreed(String thanks) {
    return AdaptiveCard.of(
        List.of(
            TextBlock.of(CardMarkdown.fromMarkup(thanks)).json(),
            TextBlock.of(READ_AGAIN).subtle().json()));
  }

  private static AdaptiveCard asking(String mrkdwn, PrivacyNotice notice) {
    List<JsonObject> body = new ArrayList<>();
    body.add(TextBlock.of(CardMarkdown.fromMarkup(mrkdwn)).json());
    body.addAll(NoticeText.shortForm(notice));
    JsonObject data = new JsonObject();
    data.addProperty(CardIds.NOTICE_VERSION, notice.version());
    List<JsonObject> actions = new ArrayList<>();
    actions.add(
        CardActions.positive(CardActions.execute(AGREE_BUTTON, CardIds.AGREE_NOTICE_VERB, data)));
    actions.addAll(NoticeText.readAction(notice));
    return AdaptiveCard.of(body).actions(actions);
  }
}
