package org.commonground.bot.testing;

import com.google.gson.JsonElement;
import java.util.Map;
import java.util.Set;

/**
 * What a person reads on an Adaptive Card (texts, facts, labels, button titles and filled-in
 * values), with bold marks and escapes undone as Teams renders them.
 */
public final class CardText {

  private static final Set<String> SHOWN = Set.of("text", "title", "value", "label");

  private CardText() {}

  public static String of(JsonElement card) {
    StringBuilder text = new StringBuilder();
    collect(card, text);
    return text.toString().replace("**", "").replaceAll("\\\\(\\p{Punct})", "$1");
  }

  private static void collect(JsonElement element, StringBuilder text) {
    if (element.isJsonArray()) {
      element.getAsJsonArray().forEach(e -> collect(e, text));
    } else if (element.isJsonObject()) {
      for (Map.Entry<String, JsonElement> entry : element.getAsJsonObject().entrySet()) {
        JsonElement value = entry.getValue();
        if (SHOWN.contains(entry.getKey()) && value.isJsonPrimitive()) {
          text.append(value.getAsString()).append('\n');
        } else {
          collect(value, text);
        }
      }
    }
  }
}
