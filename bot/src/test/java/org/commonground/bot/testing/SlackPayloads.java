package org.commonground.bot.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Events and interactions built on Slack's real samples, serialised compactly as Slack sends them.
 */
public final class SlackPayloads {

  private SlackPayloads() {}

  public static String appHomeOpened(String userId) {
    JsonObject envelope = sample("app_home_opened.event_callback.json");
    envelope.getAsJsonObject("event").addProperty("user", userId);
    return envelope.toString();
  }

  public static String teamJoin(String eventId, String userId) {
    JsonObject event = sample("team_join.fields.json").getAsJsonObject("event");
    person(event.getAsJsonObject("user"), userId, false, "Nia Jones", "Project officer");
    return envelope(eventId, event);
  }

  public static String userChange(
      String eventId, String userId, boolean deleted, String realName, String title) {
    JsonObject event = sample("user_change.fields.json").getAsJsonObject("event");
    person(event.getAsJsonObject("user"), userId, deleted, realName, title);
    return envelope(eventId, event);
  }

  /** A button click from {@code userId} in App Home. */
  public static String button(String userId, String actionId) {
    return action(userId, actionId, new JsonObject());
  }

  /** A click from {@code userId} on a button in App Home that carries {@code value}. */
  public static String button(String userId, String actionId, String value) {
    JsonObject fields = new JsonObject();
    fields.addProperty("type", "button");
    fields.addProperty("value", value);
    return action(userId, actionId, fields);
  }

  public static String selected(String userId, String actionId, String value) {
    return picked(userId, actionId, "static_select", value);
  }

  /** An option picked in an App Home select of {@code type}, such as {@code external_select}. */
  public static String picked(String userId, String actionId, String type, String value) {
    JsonObject option = new JsonObject();
    option.addProperty("value", value);
    JsonObject fields = new JsonObject();
    fields.add("selected_option", option);
    fields.addProperty("type", type);
    return action(userId, actionId, fields);
  }

  /** A person picked in an App Home {@code users_select}. */
  public static String userPicked(String userId, String actionId, String pickedUserId) {
    JsonObject fields = new JsonObject();
    fields.addProperty("selected_user", pickedUserId);
    fields.addProperty("type", "users_select");
    return action(userId, actionId, fields);
  }

  public static String datePicked(String userId, String actionId, String isoDate) {
    JsonObject fields = new JsonObject();
    fields.addProperty("selected_date", isoDate);
    fields.addProperty("type", "datepicker");
    return action(userId, actionId, fields);
  }

  /** A submission of a modal without inputs, such as a confirmation. */
  public static String submitted(String userId, String callbackId) {
    JsonObject payload = sample("view_submission.plain_text_input.json");
    payload.getAsJsonObject("user").addProperty("id", userId);
    JsonObject view = payload.getAsJsonObject("view");
    view.addProperty("callback_id", callbackId);
    view.remove("private_metadata");
    JsonObject state = new JsonObject();
    state.add("values", new JsonObject());
    view.add("state", state);
    return payload.toString();
  }

  private static String action(String userId, String actionId, JsonObject fields) {
    JsonObject payload = sample("block_actions.button_in_home_tab.json");
    payload.getAsJsonObject("user").addProperty("id", userId);
    JsonObject action = payload.getAsJsonArray("actions").get(0).getAsJsonObject();
    action.addProperty("action_id", actionId);
    if (fields.has("type")) {
      action.remove("value");
      action.remove("text");
      action.remove("style");
    }
    fields.entrySet().forEach(e -> action.add(e.getKey(), e.getValue()));
    JsonArray actions = new JsonArray();
    actions.add(action);
    payload.add("actions", actions);
    return payload.toString();
  }

  private static void person(
      JsonObject user, String userId, boolean deleted, String realName, String title) {
    user.addProperty("id", userId);
    user.addProperty("name", realName.toLowerCase(java.util.Locale.ROOT).replace(' ', '.'));
    user.addProperty("real_name", realName);
    user.addProperty("deleted", deleted);
    JsonObject profile = user.getAsJsonObject("profile");
    profile.addProperty("real_name", realName);
    profile.addProperty("title", title);
    profile.addProperty("bot_id", "");
  }

  /** Wraps an inner event the way Slack delivers every event, using a real envelope. */
  private static String envelope(String eventId, JsonObject event) {
    JsonObject envelope = sample("app_mention.event_callback.json");
    envelope.add("event", event);
    envelope.addProperty("event_id", eventId);
    return envelope.toString();
  }

  private static JsonObject sample(String name) {
    return JsonParser.parseString(Samples.text(name)).getAsJsonObject();
  }
}
