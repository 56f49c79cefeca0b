package org.commonground.bot.teams.cards;

import com.google.gson.JsonObject;

/**
 * An {@code Input.Toggle}: a labelled checkbox, sent as its {@code valueOn} when ticked and {@code
 * "false"} when not.
 */
public final class ToggleInput {

  public static final String OFF = "false";

  private final JsonObject json = new JsonObject();
  private final String valueOn;

  private ToggleInput(String id, String label, String title, String valueOn) {
    this.valueOn = valueOn;
    json.addProperty("type", "Input.Toggle");
    json.addProperty("id", id);
    json.addProperty("label", label);
    json.addProperty("title", title);
    json.addProperty("valueOn", valueOn);
    json.addProperty("valueOff", OFF);
  }

  /**
   * A box labelled {@code label}, {@code title} beside it, sending {@code valueOn} when ticked: the
   * value the Slack form's checkbox sends, so one reading of the form serves both.
   */
  public static ToggleInput of(String id, String label, String title, String valueOn) {
    return new ToggleInput(id, label, title, valueOn);
  }

  public ToggleInput on(boolean on) {
    json.addProperty("value", on ? valueOn : OFF);
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
