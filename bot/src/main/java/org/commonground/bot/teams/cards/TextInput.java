package org.commonground.bot.teams.cards;

import com.google.gson.JsonObject;

/** An {@code Input.Text}: a labelled box, which screen readers announce by its label. */
public final class TextInput {

  private final JsonObject json = new JsonObject();

  private TextInput(String id, String label) {
    json.addProperty("type", "Input.Text");
    json.addProperty("id", id);
    json.addProperty("label", label);
  }

  public static TextInput of(String id, String label) {
    return new TextInput(id, label);
  }

  public TextInput multiline() {
    json.addProperty("isMultiline", true);
    return this;
  }

  public TextInput maxLength(int characters) {
    json.addProperty("maxLength", characters);
    return this;
  }

  public TextInput placeholder(String text) {
    json.addProperty("placeholder", text);
    return this;
  }

  /** What the box holds when the card opens; nothing when {@code text} is empty. */
  public TextInput value(String text) {
    if (text != null && !text.isEmpty()) {
      json.addProperty("value", text);
    }
    return this;
  }

  /** Teams won't send the card until the box is filled, and says {@code errorMessage} instead. */
  public TextInput required(String errorMessage) {
    json.addProperty("isRequired", true);
    json.addProperty("errorMessage", errorMessage);
    return this;
  }

  public JsonObject json() {
    return json;
  }
}
