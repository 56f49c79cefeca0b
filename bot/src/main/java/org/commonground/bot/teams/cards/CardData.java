package org.commonground.bot.teams.cards;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.OptionalLong;

/** Reads what a card's button carries back, which anyone could have written. */
public final class CardData {

  private CardData() {}

  /** The text under {@code key}; empty if there is none. */
  public static String text(JsonObject data, String key) {
    JsonElement value = data.get(key);
    return value != null && value.isJsonPrimitive() ? value.getAsString() : "";
  }

  /**
   * The record id under {@code key}, as {@link CardActions#data} wrote it; empty if it isn't one.
   */
  public static OptionalLong id(JsonObject data, String key) {
    JsonElement value = data.get(key);
    if (value == null || !value.isJsonPrimitive()) {
      return OptionalLong.empty();
    }
    try {
      long id = Long.parseLong(value.getAsString());
      return id < 0 ? OptionalLong.empty() : OptionalLong.of(id);
    } catch (NumberFormatException notWhole) {
      return OptionalLong.empty();
    }
  }
}
