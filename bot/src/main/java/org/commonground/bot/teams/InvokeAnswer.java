package org.commonground.bot.teams;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import org.commonground.bot.teams.cards.AdaptiveCard;
import org.commonground.bot.teams.cards.CardMessage;

/**
 * What an {@code invoke} is answered with, in the HTTP response itself: a card that replaces the
 * one pressed, a short message Teams shows, or typeahead results.
 */
public sealed interface InvokeAnswer {

  /** Replaces the card the person pressed a button on. */
  record Card(AdaptiveCard card) implements InvokeAnswer {}

  /** Leaves the card as it is and shows {@code text} briefly. */
  record Message(String text) implements InvokeAnswer {}

  /** A typeahead's choices, each shown as its title and sent as its value. */
  record Choices(List<Choice> choices) implements InvokeAnswer {}

  /** One typeahead choice. */
  record Choice(String title, String value) {}

  /** The body of the invoke response, as the Bot Framework's {@code InvokeResponse} value. */
  default JsonObject body() {
    JsonObject body = new JsonObject();
    body.addProperty("statusCode", 200);
    if (this instanceof Card card) {
      body.addProperty("type", CardMessage.CONTENT_TYPE);
      body.add("value", card.card().json());
    } else if (this instanceof Message message) {
      body.addProperty("type", "application/vnd.microsoft.activity.message");
      body.addProperty("value", message.text());
    } else if (this instanceof Choices found) {
      JsonArray results = new JsonArray();
      for (Choice choice : found.choices()) {
        JsonObject result = new JsonObject();
        result.addProperty("title", choice.title());
        result.addProperty("value", choice.value());
        results.add(result);
      }
      JsonObject value = new JsonObject();
      value.add("results", results);
      body.addProperty("type", "application/vnd.microsoft.search.searchResponse");
      body.add("value", value);
    }
    return body;
  }
}
