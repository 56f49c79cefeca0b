package org.commonground.bot.teams;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.commonground.bot.schedule.Sleeper;
import org.commonground.bot.teams.cards.AdaptiveCard;
import org.commonground.bot.teams.cards.CardMessage;
import org.commonground.bot.teams.cards.TextMessage;
import org.commonground.bot.teams.connector.BotConnector;
import org.commonground.bot.teams.connector.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers an activity in the chat it came from. A {@code 429} is waited out as its {@code
 * Retry-After} asks, a few times at most; what the Bot Connector refuses is logged, never thrown:
 * these run after the HTTP answer.
 */
public final class TeamsReplies {

  private static final Logger log = LoggerFactory.getLogger(TeamsReplies.class);

  /** Tries of one reply; Teams' throttling windows are seconds long. */
  private static final int MOST_TRIES = 4;

  private final BotConnector connector;
  private final Sleeper sleeper;

  public TeamsReplies(BotConnector connector, Sleeper sleeper) {
    this.connector = connector;
    this.sleeper = sleeper;
  }

  /**
   * A plain message, Teams reading {@code text} as Markdown; one too long for Teams goes as
   * several, in order. Answers the ids Teams gave the messages it took.
   */
  public List<String> text(Activity activity, String text) {
    List<String> sent = new ArrayList<>();
    for (String part : MessageParts.of(text)) {
      send(activity, TextMessage.of(part)).ifPresent(sent::add);
    }
    return sent;
  }

  public void card(Activity activity, AdaptiveCard card, String fallback) {
    send(activity, CardMessage.of(card, fallback));
  }

  /** Answers the id Teams gave the message; empty when it didn't take it. */
  public Optional<String> send(Activity activity, JsonObject message) {
    Outcome<String> sent =
        patiently(() -> connector.send(activity.serviceUrl(), activity.conversationId(), message));
    log("send", sent);
    return sent instanceof Outcome.Done<String> done ? Optional.of(done.value()) : Optional.empty();
  }

  /** Draws {@code card} in place of the message {@code activityId}, the card pressed. */
  public void replace(Activity activity, String activityId, AdaptiveCard card) {
    JsonObject replacement = CardMessage.of(card, "Common Ground");
    log(
        "update",
        patiently(
            () ->
                connector.update(
                    activity.serviceUrl(), activity.conversationId(), activityId, replacement)));
  }

  private Outcome<String> patiently(Supplier<Outcome<String>> call) {
    Outcome<String> outcome = call.get();
    for (int tried = 1;
        tried < MOST_TRIES && outcome instanceof Outcome.RateLimited<String> limited;
        tried++) {
      try {
        if (!sleeper.sleep(limited.retryAfter())) {
          return outcome;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return outcome;
      }
      outcome = call.get();
    }
    return outcome;
  }

  private static void log(String what, Outcome<?> outcome) {
    if (!(outcome instanceof Outcome.Done<?>)) {
      log.warn("The Bot Connector refused to {} a reply: {}", what, outcome);
    }
  }
}
