package org.commonground.bot.teams.cards;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;

/** Containers and fact sets: the card elements that group others. */
public final class Layout {

  /** One row of a fact set: a title and its value, both Markdown. */
  public record Fact(String title, String value) {}

  private Layout() {}

  /** Items kept together, set off from what comes before by a line. */
  public static JsonObject separated(List<JsonObject> items) {
    JsonObject container = new JsonObject();
    container.addProperty("type", "Container");
    container.addProperty("separator", true);
    container.addProperty("spacing", "Medium");
    container.add("items", AdaptiveCard.array(items));
    return container;
  }

  public static JsonObject factSet(List<Fact> facts) {
    JsonArray rows = new JsonArray();
    for (Fact fact : facts) {
      JsonObject row = new JsonObject();
      row.addProperty("title", fact.title());
      row.addProperty("value", fact.value());
      rows.add(row);
    }
    JsonObject set = new JsonObject();
    set.addProperty("type", "FactSet");
    set.add("facts", rows);
    return set;
  }
}
