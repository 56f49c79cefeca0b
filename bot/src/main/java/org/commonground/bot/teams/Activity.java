package org.commonground.bot.teams;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One Bot Framework activity as Teams sends it to {@code /api/messages}, read field by field: a
 * missing or oddly shaped field reads as empty rather than failing, so what is wrong can be told
 * apart from what is merely absent.
 */
public final class Activity {

  public static final String MESSAGE = "message";
  public static final String INVOKE = "invoke";
  public static final String INSTALLATION_UPDATE = "installationUpdate";
  public static final String CONVERSATION_UPDATE = "conversationUpdate";

  /** Teams' name for the one-to-one chat between a person and the app. */
  public static final String PERSONAL = "personal";

  private final JsonObject json;

  private Activity(JsonObject json) {
    this.json = json;
  }

  /**
   * The activity in {@code body}; empty unless it is a JSON object with a type and a service URL.
   */
  public static Optional<Activity> parse(String body) {
    try {
      JsonElement parsed = JsonParser.parseString(body);
      if (!parsed.isJsonObject()) {
        return Optional.empty();
      }
      Activity activity = new Activity(parsed.getAsJsonObject());
      if (activity.type().isEmpty() || activity.serviceUrl().isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(activity);
    } catch (JsonParseException | IllegalStateException e) {
      return Optional.empty();
    }
  }

  public String type() {
    return text(json, "type");
  }

  /** An invoke's name, e.g. {@code adaptiveCard/action}. */
  public String name() {
    return text(json, "name");
  }

  /** An {@code installationUpdate}'s action: {@code add} or {@code remove}. */
  public String action() {
    return text(json, "action");
  }

  public String id() {
    return text(json, "id");
  }

  /** The Bot Connector endpoint to answer through, which the token must name too. */
  public String serviceUrl() {
    return text(json, "serviceUrl");
  }

  /** What the person typed, with the app's own @mention taken out. */
  public String text() {
    return Mentions.strip(text(json, "text"));
  }

  public JsonObject value() {
    JsonElement value = json.get("value");
    return value != null && value.isJsonObject() ? value.getAsJsonObject() : new JsonObject();
  }

  /** The card that a person pressed a button on, in a chat: the activity to update. */
  public String replyToId() {
    return text(json, "replyToId");
  }

  /** The Bot Framework's id for the sender ({@code 29:…}). */
  public String fromId() {
    return text(object(json, "from"), "id");
  }

  /** The sender's Entra object id: their user id in Common Ground. */
  public String fromUserId() {
    return text(object(json, "from"), "aadObjectId");
  }

  public String fromName() {
    return text(object(json, "from"), "name");
  }

  /** The app's own id in this chat ({@code 28:…}). */
  public String recipientId() {
    return text(object(json, "recipient"), "id");
  }

  public String conversationId() {
    return text(object(json, "conversation"), "id");
  }

  public String conversationType() {
    return text(object(json, "conversation"), "conversationType");
  }

  public boolean inPersonalChat() {
    return PERSONAL.equals(conversationType());
  }

  /** The sender's Microsoft 365 tenant, from the channel data or, failing that, the chat. */
  public String tenantId() {
    String fromChannelData = text(object(object(json, "channelData"), "tenant"), "id");
    return fromChannelData.isEmpty()
        ? text(object(json, "conversation"), "tenantId")
        : fromChannelData;
  }

  /**
   * Someone @mentioned in a message.
   *
   * @param id the Bot Framework's id for them ({@code 29:…})
   * @param aadObjectId their Entra object id, when Teams gives it; else empty
   * @param text how the mention stands in the message's text: {@code <at>Name</at>}
   */
  public record Mention(String id, String aadObjectId, String name, String text) {}

  /** The people the message @mentions, in the order Teams lists them, the app itself left out. */
  public List<Mention> mentions() {
    List<Mention> mentions = new ArrayList<>();
    JsonElement entities = json.get("entities");
    if (entities == null || !entities.isJsonArray()) {
      return mentions;
    }
    for (JsonElement entity : (JsonArray) entities) {
      if (!entity.isJsonObject() || !"mention".equals(text(entity.getAsJsonObject(), "type"))) {
        continue;
      }
      JsonObject mentioned = object(entity.getAsJsonObject(), "mentioned");
      String id = text(mentioned, "id");
      if (!id.isEmpty() && !id.equals(recipientId())) {
        mentions.add(
            new Mention(
                id,
                text(mentioned, "aadObjectId"),
                text(mentioned, "name"),
                text(entity.getAsJsonObject(), "text")));
      }
    }
    return mentions;
  }

  /** The ids of the accounts a {@code conversationUpdate} says were added. */
  public List<String> membersAdded() {
    return ids("membersAdded");
  }

  public List<String> membersRemoved() {
    return ids("membersRemoved");
  }

  private List<String> ids(String field) {
    JsonElement members = json.get(field);
    List<String> ids = new ArrayList<>();
    if (members != null && members.isJsonArray()) {
      for (JsonElement member : (JsonArray) members) {
        if (member.isJsonObject()) {
          ids.add(text(member.getAsJsonObject(), "id"));
        }
      }
    }
    return ids;
  }

  static JsonObject object(JsonObject parent, String field) {
    JsonElement child = parent.get(field);
    return child != null && child.isJsonObject() ? child.getAsJsonObject() : new JsonObject();
  }

  static String text(JsonObject parent, String field) {
    JsonElement child = parent.get(field);
    return child != null && child.isJsonPrimitive() ? child.getAsString() : "";
  }
}
