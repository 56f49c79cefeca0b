package org.commonground.bot.teams.cards;

import com.google.gson.JsonObject;
import java.util.List;

/**
 * Buttons. {@code Action.Execute} sends an {@code adaptiveCard/action} invoke with its verb and
 * data and takes a new card in answer, so a click can change the clicker's card in place.
 */
public final class CardActions {

  private CardActions() {}

  public static JsonObject execute(String title, String verb, JsonObject data) {
    JsonObject action = titled("Action.Execute", title);
    action.addProperty("verb", verb);
    action.add("data", data);
    return action;
  }

  /** Sends the card's inputs with {@code data}, as a message activity's value. */
  public static JsonObject submit(String title, JsonObject data) {
    JsonObject action = titled("Action.Submit", title);
    action.add("data", data);
    return action;
  }

  public static JsonObject openUrl(String title, String url) {
    JsonObject action = titled("Action.OpenUrl", title);
    action.addProperty("url", url);
    return action;
  }

  /** The button a person is expected to press, shown as the primary one. */
  public static JsonObject positive(JsonObject action) {
    action.addProperty("style", "positive");
    return action;
  }

  /** A button that destroys something, drawn in the warning colour. */
  public static JsonObject destructive(JsonObject action) {
    action.addProperty("style", "destructive");
    return action;
  }

  /** Buttons in the body of the card, under the element they belong to. */
  public static JsonObject actionSet(List<JsonObject> actions) {
    JsonObject set = new JsonObject();
    set.addProperty("type", "ActionSet");
    set.add("actions", AdaptiveCard.array(actions));
    return set;
  }

  /** An action's data naming one record, such as {@code {"pairId": 42}}. */
  public static JsonObject data(String key, long id) {
    JsonObject data = new JsonObject();
    data.addProperty(key, id);
    return data;
  }

  private static JsonObject titled(String type, String title) {
    JsonObject action = new JsonObject();
    action.addProperty("type", type);
    action.addProperty("title", title);
    return action;
  }
}
