package org.commonground.bot.teams.cards;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;

/**
 * An {@code Input.ChoiceSet}: a labelled pick of one or several choices, sent as their values
 * joined by commas. Past what a card can carry it becomes Teams' typeahead, which asks the app for
 * choices with an {@code application/search} invoke as the person types.
 */
public final class ChoiceInput {

  /** One choice: what a person reads, and what the card sends. */
  public record Choice(String title, String value) {}

  private final JsonObject json = new JsonObject();

  private ChoiceInput(String id, String label, List<Choice> choices) {
    json.addProperty("type", "Input.ChoiceSet");
    json.addProperty("id", id);
    json.addProperty("label", label);
    JsonArray array = new JsonArray();
    for (Choice choice : choices) {
      JsonObject item = new JsonObject();
      item.addProperty("title", choice.title());
      item.addProperty("value", choice.value());
      array.add(item);
    }
    json.add("choices", array);
  }

  public static ChoiceInput of(String id, String label, List<Choice> choices) {
    return new ChoiceInput(id, label, choices);
  }

  /** A drop-down. */
  public ChoiceInput compact() {
    return style("compact");
  }

  /** Radio buttons or checkboxes, every choice in view. */
  public ChoiceInput expanded() {
    return style("expanded");
  }

  /** A drop-down that narrows as the person types. */
  public ChoiceInput filtered() {
    return style("filtered");
  }

  public ChoiceInput multiSelect() {
    json.addProperty("isMultiSelect", true);
    return this;
  }

  /**
   * Choices asked of the app from {@code dataset} as the person types; the choices given to {@link
   * #of} are those already picked, so they show by name.
   */
  public ChoiceInput typeahead(String dataset) {
    JsonObject query = new JsonObject();
    query.addProperty("type", "Data.Query");
    query.addProperty("dataset", dataset);
    json.add("choices.data", query);
    return filtered();
  }

  public ChoiceInput placeholder(String text) {
    json.addProperty("placeholder", text);
    return this;
  }

  /** The values picked when the card opens; nothing picked when {@code values} is empty. */
  public ChoiceInput value(List<String> values) {
    if (!values.isEmpty()) {
      json.addProperty("value", String.join(",", values));
    }
    return this;
  }

  public ChoiceInput required(String errorMessage) {
    json.addProperty("isRequired", true);
    json.addProperty("errorMessage", errorMessage);
    return this;
  }

  public JsonObject json() {
    return json;
  }

  private ChoiceInput style(String style) {
    json.addProperty("style", style);
    return this;
  }
}
