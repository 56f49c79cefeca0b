package org.commonground.bot.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.commonground.bot.testing.blockkit.SlackRefusal;

/**
 * The fake Slack's memory of what was posted where, as it reads after any update, for
 * conversations.history and .open, and for chat.update and chat.delete, which like Slack's change
 * only a message the app itself posted in the channel named
 * (https://docs.slack.dev/reference/methods/chat.update: a DM is named by its D… id, not the
 * user's).
 */
final class Conversations {

  /** Marks messages someone other than the app posted, which it may not delete. */
  private static final String OTHERS = "others";

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

  /** A message someone else posted, which the app can see but not delete. */
  void recordFromSomeoneElse(String channel, String ts) {
    record(channel, ts, "someone else's message", null, null);
    find(channel, ts).addProperty("user", OTHERS);
  }

  /**
   * Replaces the app's message's text and blocks as chat.update does (its metadata stays, as in
   * Slack when none is given, and so do its blocks when the update sends none: only an empty array
   * clears them); the error Slack would answer otherwise: an unknown channel, no such message, or
   * someone else's message.
   */
  Optional<SlackRefusal> update(String channel, String ts, String text, String blocks) {
    Optional<SlackRefusal> refused = appsOwn(channel, ts, "cant_update_message");
    if (refused.isEmpty()) {
      JsonObject message = find(channel, ts);
      message.addProperty("text", text == null ? "" : text);
      if (blocks != null) {
        message.add("blocks", JsonParser.parseString(blocks));
      }
    }
    return refused;
  }

  /**
   * Deletes the app's message as chat.delete does; the error Slack would answer otherwise: an
   * unknown channel, no such message (or one deleted already), or someone else's message.
   */
  Optional<SlackRefusal> delete(String channel, String ts) {
    Optional<SlackRefusal> refused = appsOwn(channel, ts, "cant_delete_message");
    if (refused.isEmpty()) {
      messages.get(channel).remove(find(channel, ts));
    }
    return refused;
  }

  /** The message as it reads now. */
  Optional<JsonObject> message(String channel, String ts) {
    return Optional.ofNullable(find(channel, ts)).map(JsonObject::deepCopy);
  }

  List<String> timestamps(String channel) {
    return messages.getOrDefault(channel, List.of()).stream()
        .map(m -> m.get("ts").getAsString())
        .toList();
  }

  private Optional<SlackRefusal> appsOwn(String channel, String ts, String someoneElses) {
    if (messages.get(channel) == null) {
      return Optional.of(SlackRefusal.of("channel_not_found"));
    }
    JsonObject message = find(channel, ts);
    if (message == null) {
      return Optional.of(SlackRefusal.of("message_not_found"));
    }
    return message.has("user") ? Optional.of(SlackRefusal.of(someoneElses)) : Optional.empty();
  }

  private JsonObject find(String channel, String ts) {
    return messages.getOrDefault(channel, List.of()).stream()
        .filter(m -> m.get("ts").getAsString().equals(ts))
        .findFirst()
        .orElse(null);
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
