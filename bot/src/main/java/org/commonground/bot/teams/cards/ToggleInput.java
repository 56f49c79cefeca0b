package org.commonground.bot.teams.cards;

import com.google.gson.JsonObject;

/** An {@code Input.Toggle}: a labelled checkbox, sent as {@code "true"} or {@code "false"}. */
public final class ToggleInput {

  public static final String ON = "true";

  private final JsonObject json = new JsonObject();

  private ToggleInput(String id, String label, String title) {
    json.addProperty("type", "Input.Toggle");
    json.addProperty("id", id);
    json.addProperty("label", label);
    json.addProperty("title", title);
    json.addProperty("valueOn", ON);
    json.addProperty("valueOff", "false");
  }

  /** A box labelled {@code label}, {@code title} beside it. */
  public static ToggleInput of(String id, String label, String title) {
    return new ToggleInput(id, label, title);
  }

  public ToggleInput on(boolean on) {
    json.addProperty("value", on ? ON : "false");
    return this;
  }

  /** The box must be ticked before Teams sends the card. */
  public ToggleInput required(String errorMessage) {
    json.addProperty("isRequired", true);
    json.addProperty("errorMessage", errorMessage);
    return this;
  }

  public JsonObject json() {
    return json;
  }
}
