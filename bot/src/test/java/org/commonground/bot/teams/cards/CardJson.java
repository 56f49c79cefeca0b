package org.commonground.bot.teams.cards;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** Finds parts of a card message for the tests: its body elements, depth first, and its actions. */
final class CardJson {

  private CardJson() {}

  static JsonObject card(JsonObject activity) {
    return activity
        .getAsJsonArray("attachments")
        .get(0)
        .getAsJsonObject()
        .getAsJsonObject("content");
  }

  static List<JsonObject> body(JsonObject activity) {
    List<JsonObject> all = new ArrayList<>();
    collect(card(activity).getAsJsonArray("body"), all);
    return all;
  }

  /** Titles of every button, in the body and under the card. */
  static List<String> buttons(JsonObject activity) {
    List<String> titles = new ArrayList<>();
    for (JsonObject element : body(activity)) {
      if (element.has("actions")) {
        element.getAsJsonArray("actions").forEach(a -> titles.add(title(a)));
      }
    }
    JsonObject card = card(activity);
    if (card.has("actions")) {
      card.getAsJsonArray("actions").forEach(a -> titles.add(title(a)));
    }
    return titles;
  }

  private static String title(JsonElement action) {
    return action.getAsJsonObject().get("title").getAsString();
  }

  private static void collect(Iterable<JsonElement> elements, List<JsonObject> all) {
    for (JsonElement element : elements) {
      JsonObject object = element.getAsJsonObject();
      all.add(object);
      if (object.has("items")) {
        collect(object.getAsJsonArray("items"), all);
      }
    }
  }
}
