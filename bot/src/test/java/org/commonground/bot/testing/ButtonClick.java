package org.commonground.bot.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A {@code block_actions} payload for a button in a message the app posted, built on Slack's real
 * sample with the message's own blocks, as Slack sends it.
 */
public final class ButtonClick {

  private ButtonClick() {}

  public static String of(
      String userId, String actionId, String value, SlackCall message, String channel, String ts) {
    JsonObject payload =
        JsonParser.parseString(Samples.text("block_actions.button_in_message.json"))
            .getAsJsonObject();
    payload.getAsJsonObject("user").addProperty("id", userId);
    JsonObject container = payload.getAsJsonObject("container");
    container.addProperty("channel_id", channel);
    container.addProperty("message_ts", ts);
    container.addProperty("is_ephemeral", false);
    payload.getAsJsonObject("channel").addProperty("id", channel);
    JsonObject action = payload.getAsJsonArray("actions").get(0).getAsJsonObject();
    action.addProperty("action_id", actionId);
    action.addProperty("value", value);
    action.addProperty("block_id", "b");
    JsonObject posted = new JsonObject();
    posted.addProperty("type", "message");
    posted.addProperty("ts", ts);
    posted.add("blocks", message == null ? new JsonArray() : message.json("blocks"));
    payload.add("message", posted);
    return payload.toString();
  }
}
