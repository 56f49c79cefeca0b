package org.commonground.bot.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Button clicks, select picks and typeahead requests as Slack sends them, built on Slack's real
 * sample payloads.
 */
public final class Interactions {

  /** The channel and timestamp of the DM message a click comes from. */
  public static final String DM_CHANNEL = "D0ADMINDM";

  public static final String DM_TS = "1717000000.000001";

  private Interactions() {}

  /** A click on a button in an ephemeral reply, such as the {@code /tags} list. */
  public static String buttonInEphemeral(String userId, String actionId, String value) {
    return action(userId, actionId, "b", button(value), false);
  }

  /** A click on a button in a DM message from the app. */
  public static String buttonInDm(String userId, String actionId, String blockId, String value) {
    return action(userId, actionId, blockId, button(value), true);
  }

  /** An option picked in a select in a DM message from the app. */
  public static String selectInDm(String userId, String actionId, String blockId, String value) {
    JsonObject action = new JsonObject();
    action.addProperty("type", "static_select");
    action.add("selected_option", FormPayload.option(value));
    return action(userId, actionId, blockId, action, true);
  }

  /** Typeahead: what a person typed into an external select in a modal. */
  public static String suggestion(String userId, String actionId, String typed) {
    JsonObject payload = sample("block_suggestion.modal_external_select.json");
    payload.getAsJsonObject("user").addProperty("id", userId);
    payload.addProperty("action_id", actionId);
    payload.addProperty("block_id", actionId);
    payload.addProperty("value", typed);
    return payload.toString();
  }

  private static JsonObject button(String value) {
    JsonObject action = new JsonObject();
    action.addProperty("type", "button");
    action.addProperty("value", value);
    return action;
  }

  private static String action(
      String userId, String actionId, String blockId, JsonObject action, boolean inDm) {
    JsonObject payload = sample("block_actions.button_in_message.json");
    payload.getAsJsonObject("user").addProperty("id", userId);
    action.addProperty("action_id", actionId);
    action.addProperty("block_id", blockId);
    action.addProperty("action_ts", "1717000001.000001");
    JsonArray actions = new JsonArray();
    actions.add(action);
    payload.add("actions", actions);
    if (inDm) {
      payload.getAsJsonObject("channel").addProperty("id", DM_CHANNEL);
      payload.getAsJsonObject("container").addProperty("channel_id", DM_CHANNEL);
      payload.getAsJsonObject("container").addProperty("message_ts", DM_TS);
      payload.getAsJsonObject("container").addProperty("is_ephemeral", false);
      JsonObject message = new JsonObject();
      message.addProperty("type", "message");
      message.addProperty("ts", DM_TS);
      payload.add("message", message);
    }
    return payload.toString();
  }

  private static JsonObject sample(String name) {
    return JsonParser.parseString(Samples.text(name)).getAsJsonObject();
  }
}
