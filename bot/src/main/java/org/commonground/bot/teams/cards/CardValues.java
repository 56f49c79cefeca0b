package org.commonground.bot.teams.cards;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.commonground.bot.core.views.FormValues;

/**
 * A submitted card's inputs, by input id: the card's ids are the Slack form's block ids, so the
 * action id is not needed. Teams sends every input as a string, a multi-select's picks joined with
 * commas; anything else reads as empty.
 */
public final class CardValues implements FormValues {

  private final JsonObject data;

  private CardValues(JsonObject data) {
    this.data = data;
  }

  /** The values in an {@code Action.Execute}'s or {@code Action.Submit}'s data. */
  public static CardValues of(JsonObject data) {
    return new CardValues(data == null ? new JsonObject() : data);
  }

  private Optional<String> raw(String inputId) {
    JsonElement value = data.get(inputId);
    if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
      return Optional.empty();
    }
    return Optional.of(value.getAsString());
  }

  @Override
  public String text(String blockId, String actionId) {
    return raw(blockId).map(String::strip).orElse("");
  }

  @Override
  public Optional<String> selected(String blockId, String actionId) {
    return raw(blockId).filter(value -> !value.isEmpty());
  }

  @Override
  public List<String> selectedMany(String blockId, String actionId) {
    return raw(blockId)
        .map(value -> Arrays.stream(value.split(",")).filter(pick -> !pick.isEmpty()).toList())
        .orElse(List.of());
  }
}
