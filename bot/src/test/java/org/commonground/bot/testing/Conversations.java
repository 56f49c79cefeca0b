package org.commonground.bot.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The fake Slack's memory of what was posted where, for conversations.history and .open. */
final class Conversations {

  private final Map<String, List<JsonObject>> messages = new ConcurrentHashMap<>();

  /** A DM to a user lands in a D… channel, as in Slack. */
  static String channelFor(String target) {
    return target != null && (target.startsWith("U") || target.startsWith("W"))
        ? "D" + target.substring(1)
        : target;
  }

  void record(String channel, String ts, String text, String metadata) {
    JsonObject message = new JsonObject();
    message.addProperty("type", "message");
    message.addProperty("ts", ts);
    message.addProperty("text", text == null ? "" : text);
    if (metadata != null) {
      message.add("metadata", JsonParser.parseString(metadata));
    }
    messages.computeIfAbsent(channel, c -> new ArrayList<>()).add(message);
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
