package org.commonground.bot.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;

/** A {@code view_submission} of any of the app's forms, with the values a test fills in. */
public final class FormPayload {

  private final String callbackId;
  private final JsonObject values = new JsonObject();
  private String userId = "U0ADMIN";
  private String privateMetadata = "";

  public FormPayload(String callbackId) {
    this.callbackId = callbackId;
  }

  public FormPayload user(String id) {
    this.userId = id;
    return this;
  }

  public FormPayload privateMetadata(String metadata) {
    this.privateMetadata = metadata;
    return this;
  }

  public FormPayload text(String block, String action, String value) {
    JsonObject element = new JsonObject();
    element.addProperty("type", "plain_text_input");
    element.addProperty("value", value);
    return put(block, action, element);
  }

  public FormPayload select(String block, String action, String value) {
    JsonObject element = new JsonObject();
    element.addProperty("type", "static_select");
    element.add("selected_option", option(value));
    return put(block, action, element);
  }

  /** The option picked in a radio_buttons element. */
  public FormPayload radio(String block, String action, String value) {
    JsonObject element = new JsonObject();
    element.addProperty("type", "radio_buttons");
    element.add("selected_option", option(value));
    return put(block, action, element);
  }

  /** Several options picked in a multi-select or checkboxes element of {@code type}. */
  public FormPayload selectMany(String block, String action, String type, List<String> chosen) {
    JsonObject element = new JsonObject();
    element.addProperty("type", type);
    JsonArray options = new JsonArray();
    chosen.forEach(value -> options.add(option(value)));
    element.add("selected_options", options);
    return put(block, action, element);
  }

  /** Leaves a block out altogether, as a forged or truncated payload might. */
  public FormPayload without(String block) {
    values.remove(block);
    return this;
  }

  static JsonObject option(String value) {
    JsonObject text = new JsonObject();
    text.addProperty("type", "plain_text");
    text.addProperty("text", value);
    JsonObject option = new JsonObject();
    option.add("text", text);
    option.addProperty("value", value);
    return option;
  }

  public String json() {
    JsonObject payload =
        JsonParser.parseString(Samples.text("view_submission.plain_text_input.json"))
            .getAsJsonObject();
    payload.getAsJsonObject("user").addProperty("id", userId);
    JsonObject view = payload.getAsJsonObject("view");
    view.addProperty("callback_id", callbackId);
    view.addProperty("private_metadata", privateMetadata);
    JsonObject state = new JsonObject();
    state.add("values", values);
    view.add("state", state);
    return payload.toString();
  }

  private FormPayload put(String block, String action, JsonObject element) {
    JsonObject actions = values.has(block) ? values.getAsJsonObject(block) : new JsonObject();
    actions.add(action, element);
    values.add(block, actions);
    return this;
  }
}
