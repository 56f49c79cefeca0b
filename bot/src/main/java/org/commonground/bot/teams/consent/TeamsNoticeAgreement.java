package org.commonground.bot.teams.consent;

import com.google.gson.JsonObject;
import java.util.concurrent.Executor;
import org.commonground.bot.core.consent.NoticeAgreements;
import org.commonground.bot.core.consent.NoticeAgreements.Result;
import org.commonground.bot.teams.Activity;
import org.commonground.bot.teams.InvokeAnswer;
import org.commonground.bot.teams.TeamsHandlers;
import org.commonground.bot.teams.TeamsReplies;
import org.commonground.bot.teams.cards.CardData;
import org.commonground.bot.teams.cards.CardIds;
import org.commonground.bot.teams.cards.ConsentRequestCard;

/**
 * <b>I agree</b> on the card asking a Teams member to agree to a new privacy notice: recorded as a
 * Slack click is, and the card pressed replaced with the agreement and its day. The version comes
 * from the card's data, so a card for an earlier notice agrees to nothing.
 */
public final class TeamsNoticeAgreement {

  static final String NO_PROFILE =
      "You have no profile to agree for: send **introduce** to introduce yourself.";

  private final NoticeAgreements agreements;
  private final TeamsReplies replies;
  private final Executor background;

  public TeamsNoticeAgreement(
      NoticeAgreements agreements, TeamsReplies replies, Executor background) {
    this.agreements = agreements;
    this.replies = replies;
    this.background = background;
  }

  public void register(TeamsHandlers handlers) {
    handlers.action(CardIds.AGREE_NOTICE_VERB, this::agree);
  }

  private InvokeAnswer agree(Activity activity, JsonObject data) {
    String version = CardData.text(data, CardIds.NOTICE_VERSION);
    Result result = agreements.agree(activity.fromUserId(), version);
    if (result instanceof Result.EarlierVersion) {
      return new InvokeAnswer.Card(ConsentRequestCard.earlierVersion(agreements.notice()));
    }
    if (result instanceof Result.Agreed agreed) {
      background.execute(() -> updateRequest(activity, agreed.thanks()));
      return new InvokeAnswer.Card(ConsentRequestCard.agreed(agreed.thanks()));
    }
    if (result instanceof Result.AgreedBefore before) {
      return new InvokeAnswer.Card(ConsentRequestCard.agreed(before.thanks()));
    }
    return new InvokeAnswer.Message(NO_PROFILE);
  }

  /**
   * The card that asked, when the press was on another one (the answer to a card for an earlier
   * notice, say), so that no card in the chat still asks for what was given.
   */
  private void updateRequest(Activity activity, String thanks) {
    agreements
        .requestMessage(activity.fromUserId())
        .filter(card -> card.channel().equals(activity.conversationId()))
        .filter(card -> !card.ts().equals(activity.replyToId()))
        .ifPresent(card -> replies.replace(activity, card.ts(), ConsentRequestCard.agreed(thanks)));
  }
}
