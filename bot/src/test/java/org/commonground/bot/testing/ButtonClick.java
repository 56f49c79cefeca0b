package org.commonground.bot.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A {@code block_actions} payload for a button in a message the app posted, built on Slack's real
 * sample with the message's own blocks, as Slack sends it.
 */
public final class ButtonClick {

  /** What a forged click carries as the message's blocks: a link dressed up as the app's. */
  public static final String PHISHING_BLOCKS =
      "[{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\","
          + "\"text\":\"<https://evil.example|click here to re-verify>\"}}]";

  private ButtonClick() {}

  /**
   * A click on the button {@code actionId} (the first, if several carry that id) in the message
   * {@code post} landed as, with the value that button carries: what Slack sends for a real click.
   */
  public static String on(FakeSlack slack, SlackCall post, String userId, String actionId) {
    return on(slack, post, userId, actionId, valueOf(post, actionId));
  }

  /** A click on the button {@code actionId} carrying {@code value} in the message as it landed. */
  public static String on(
      FakeSlack slack, SlackCall post, String userId, String actionId, String value) {
    FakeSlack.Landed where = slack.landed(post);
    return of(userId, actionId, value, post, where.channel(), where.ts());
  }

  /** The value of the first button with {@code actionId} in a posted message's blocks. */
  public static String valueOf(SlackCall post, String actionId) {
    for (JsonElement block : post.json("blocks").getAsJsonArray()) {
      JsonObject object = block.getAsJsonObject();
      if (!object.has("elements")) {
        continue;
      }
      for (JsonElement element : object.getAsJsonArray("elements")) {
        JsonObject button = element.getAsJsonObject();
        if (button.has("action_id") && button.get("action_id").getAsString().equals(actionId)) {
          return button.has("value") ? button.get("value").getAsString() : null;
        }
      }
    }
    throw new AssertionError("no button " + actionId + " in " + post.param("blocks"));
  }

  public static String of(
      String userId, String actionId, String value, SlackCall message, String channel, String ts) {
    JsonArray blocks = message == null ? new JsonArray() : message.json("blocks").getAsJsonArray();
    return payload(userId, actionId, "b", value, blocks, channel, ts);
  }

  /**
   * A click as someone holding a valid signature could forge it: on their own button, but naming
   * {@code target} as the message clicked in and carrying {@link #PHISHING_BLOCKS} as its blocks.
   */
  public static String forged(
      String userId, String actionId, String value, FakeSlack.Landed target) {
    return forged(userId, actionId, "b", value, target);
  }

  /**
   * {@link #forged(String, String, String, FakeSlack.Landed)} on a button in block {@code blockId}.
   */
  public static String forged(
      String userId, String actionId, String blockId, String value, FakeSlack.Landed target) {
    return payload(
        userId,
        actionId,
        blockId,
        value,
        JsonParser.parseString(PHISHING_BLOCKS).getAsJsonArray(),
        target.channel(),
        target.ts());
  }

  private static String payload(
      String userId,
      String actionId,
      String blockId,
      String value,
      JsonArray blocks,
      String channel,
      String ts) {
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
    action.addProperty("block_id", blockId);
    JsonObject posted = new JsonObject();
    posted.addProperty("type", "message");
    posted.addProperty("ts", ts);
    posted.add("blocks", blocks);
    payload.add("message", posted);
    return payload.toString();
  }
}
