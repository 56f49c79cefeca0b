package org.commonground.bot.teams.cards;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;

/**
 * An Adaptive Card of version 1.5, the version Teams renders with Universal Actions ({@code
 * Action.Execute}). Cards stretch to the chat's full width, so a digest's lines are not squeezed
 * into Teams' default narrow bubble.
 */
public final class AdaptiveCard {

  public static final String SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json";
  public static final String VERSION = "1.5";

  private final JsonObject json = new JsonObject();

  private AdaptiveCard(List<JsonObject> body) {
    json.addProperty("type", "AdaptiveCard");
    json.addProperty("$schema", SCHEMA);
    json.addProperty("version", VERSION);
    json.add("body", array(body));
    JsonObject msteams = new JsonObject();
    msteams.addProperty("width", "Full");
    json.add("msteams", msteams);
  }

  public static AdaptiveCard of(List<JsonObject> body) {
    return new AdaptiveCard(body);
  }

  /** Buttons under the card; Teams shows at most six of them. */
  public AdaptiveCard actions(List<JsonObject> actions) {
    json.add("actions", array(actions));
    return this;
  }

  /** What a client that cannot render the card shows instead. */
  public AdaptiveCard fallbackText(String text) {
    json.addProperty("fallbackText", text);
    return this;
  }

  public JsonObject json() {
    return json;
  }

  static JsonArray array(List<JsonObject> items) {
    JsonArray array = new JsonArray();
    items.forEach(array::add);
    return array;
  }
}
