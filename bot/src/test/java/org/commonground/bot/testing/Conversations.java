package org.commonground.bot.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fake Slack's memory of what was posted where, as it reads after any update, for
 * conversations.history and .open, and for chat.update, which like Slack's changes only a message
 * that exists in the channel named (https://docs.slack.dev/reference/methods/chat.update: a DM is
 * named by its D… id, not the user's; errors {@code channel_not_found}, {@code message_not_found}).
 */
final class Conversations {

  private final Map<String, List<JsonObject>> messages = new ConcurrentHashMap<>();

  /** A DM to a user lands in a D… channel, as in Slack. */
  static String channelFor(String target) {
    return target != null && (target.startsWith("U") || target.startsWith("W"))
        ? "D" + target.substring(1)
        : target;
  }

  void record(String channel, String ts, String text, String blocks, String metadata) {
    JsonObject message = new JsonObject();
    message.addProperty("type", "message");
    message.addProperty("ts", ts);
    message.addProperty("text", text == null ? "" : text);
    message.add("blocks", blocks == null ? new JsonArray() : JsonParser.parseString(blocks));
    if (metadata != null) {
      message.add("metadata", JsonParser.parseString(metadata));
    }
    messages.computeIfAbsent(channel, c -> new ArrayList<>()).add(message);
  }

  /**
   * Replaces a message's text and blocks (its metadata stays, as in Slack when none is given); the
   * error Slack answers when the channel or the message is not there.
   */
  Optional<String> update(String channel, String ts, String text, String blocks) {
    List<JsonObject> posted = messages.get(channel);
    if (posted == null) {
      return Optional.of("channel_not_found");
    }
    Optional<JsonObject> message = find(posted, ts);
    message.ifPresent(
        m -> {
          m.addProperty("text", text == null ? "" : text);
          m.add("blocks", blocks == null ? new JsonArray() : JsonParser.parseString(blocks));
        });
    return message.isPresent() ? Optional.empty() : Optional.of("message_not_found");
  }

  /** The message as it reads now. */
  Optional<JsonObject> message(String channel, String ts) {
    return find(messages.getOrDefault(channel, List.of()), ts).map(JsonObject::deepCopy);
  }

  private static Optional<JsonObject> find(List<JsonObject> posted, String ts) {
    return posted.stream().filter(m -> m.get("ts").getAsString().equals(ts)).findFirst();
  }

  String opened(String users) {
    String[] ids = users == null ? new String[0] : users.split(",");
    String id =
        ids.length == 1
            ? channelFor(ids[0])
            : "G" + String.join("", java.util.Arrays.stream(ids).sorted().toList()).hashCode();
    JsonObject channel = new JsonObject();
    channel.addProperty("id", id.replace("-", "0"));
    JsonObject response = new JsonObject();
    response.addProperty("ok", true);
    response.add("channel", channel);
    return response.toString();
  }

  String history(String channel) {
    JsonArray list = new JsonArray();
    List<JsonObject> posted = messages.getOrDefault(channel, List.of());
    for (int i = posted.size() - 1; i >= 0; i--) {
      list.add(posted.get(i));
    }
    JsonObject response = new JsonObject();
    response.addProperty("ok", true);
    response.add("messages", list);
    response.addProperty("has_more", false);
    return response.toString();
  }
}
