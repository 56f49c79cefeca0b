package org.commonground.bot.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Map;

/**
 * The words a person would read in a Slack message or view: every text field, decoded, in order.
 */
public final class VisibleText {

  private VisibleText() {}

  public static String of(String json) {
    StringBuilder text = new StringBuilder();
    collect(JsonParser.parseString(json), text);
    return text.toString();
  }

  private static void collect(JsonElement element, StringBuilder text) {
    if (element.isJsonArray()) {
      element.getAsJsonArray().forEach(e -> collect(e, text));
    } else if (element.isJsonObject()) {
      JsonObject object = element.getAsJsonObject();
      for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
        JsonElement value = entry.getValue();
        if (entry.getKey().equals("text") && value.isJsonPrimitive()) {
          text.append(value.getAsString()).append('\n');
        } else {
          collect(value, text);
        }
      }
    }
  }
}
