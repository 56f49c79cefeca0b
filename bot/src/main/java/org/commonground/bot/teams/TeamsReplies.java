package org.commonground.bot.teams;

import com.google.gson.JsonObject;
import org.commonground.bot.teams.cards.AdaptiveCard;
import org.commonground.bot.teams.cards.CardMessage;
import org.commonground.bot.teams.connector.BotConnector;
import org.commonground.bot.teams.connector.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers an activity in the chat it came from. What the Bot Connector refuses is logged, never
 * thrown: these run after the HTTP answer.
 */
public final class TeamsReplies {

  private static final Logger log = LoggerFactory.getLogger(TeamsReplies.class);

  private final BotConnector connector;

  public TeamsReplies(BotConnector connector) {
    this.connector = connector;
  }

  /** A plain message; Teams reads {@code text} as Markdown. */
  public void text(Activity activity, String text) {
    JsonObject message = new JsonObject();
    message.addProperty("type", "message");
    message.addProperty("textFormat", "markdown");
    message.addProperty("text", text);
    send(activity, message);
  }

  public void card(Activity activity, AdaptiveCard card, String fallback) {
    send(activity, CardMessage.of(card, fallback));
  }

  public void send(Activity activity, JsonObject message) {
    log("send", connector.send(activity.serviceUrl(), activity.conversationId(), message));
  }

  /** Draws {@code card} in place of the message {@code activityId}, the card pressed. */
  public void replace(Activity activity, String activityId, AdaptiveCard card) {
    log(
        "update",
        connector.update(
            activity.serviceUrl(),
            activity.conversationId(),
            activityId,
            CardMessage.of(card, "Common Ground")));
  }

  private static void log(String what, Outcome<?> outcome) {
    if (!(outcome instanceof Outcome.Done<?>)) {
      log.warn("The Bot Connector refused to {} a reply: {}", what, outcome);
    }
  }
}
