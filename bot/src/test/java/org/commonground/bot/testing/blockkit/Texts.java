package org.commonground.bot.testing.blockkit;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;

/**
 * The primitive checks Slack's schemas are built from (objects, arrays, strings, text objects),
 * each adding Slack's own wording to {@code found} when it fails.
 */
final class Texts {

  private final List<Violation> found;

  Texts(List<Violation> found) {
    this.found = found;
  }

  JsonObject object(JsonElement element, String p) {
    if (element == null || !element.isJsonObject()) {
      found.add(new Violation("must provide an object", p));
      return null;
    }
    return element.getAsJsonObject();
  }

  /** An array of at most {@code max} items. */
  JsonArray array(JsonElement element, String p, SlackLimits max) {
    if (element == null || !element.isJsonArray()) {
      found.add(new Violation("must provide an array", p));
      return null;
    }
    JsonArray array = element.getAsJsonArray();
    if (array.size() > max.max()) {
      found.add(new Violation("no more than " + max.max() + " items allowed", p));
    }
    return array;
  }

  /** A string field of at most {@code max} characters; null when absent. */
  String string(JsonObject holder, String key, String p, int max, boolean required) {
    JsonElement value = holder.get(key);
    if (value == null || value.isJsonNull()) {
      if (required) {
        missing(key, p);
      }
      return null;
    }
    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
      found.add(new Violation("must provide a string", p + "/" + key));
      return null;
    }
    String text = value.getAsString();
    if (required && text.isEmpty()) {
      found.add(new Violation("must be more than 0 characters", p + "/" + key));
    }
    tooLong(text, max, p + "/" + key);
    return text;
  }

  /** A text object held under {@code key}; {@code plainOnly} refuses {@code mrkdwn}. */
  void text(
      JsonObject holder,
      String key,
      String p,
      SlackLimits max,
      boolean plainOnly,
      boolean required) {
    if (!holder.has(key) || holder.get(key).isJsonNull()) {
      if (required) {
        missing(key, p);
      }
      return;
    }
    textObject(holder.get(key), p + "/" + key, max, plainOnly);
  }

  void textObject(JsonElement element, String p, SlackLimits max, boolean plainOnly) {
    JsonObject text = object(element, p);
    if (text == null) {
      return;
    }
    onlyAllowed(text, "text", p);
    String type = stringOrNull(text, "type");
    if (!"plain_text".equals(type) && (plainOnly || !"mrkdwn".equals(type))) {
      found.add(
          new Violation(
              plainOnly ? "must be a plain_text text object" : "must provide a text object",
              p + "/type"));
    }
    string(text, "text", p, max.max(), true);
  }

  /** Refuses the fields an object of {@code kind} may not carry. */
  void onlyAllowed(JsonObject object, String kind, String p) {
    AllowedFields.unknown(object, kind).forEach(key -> schema(p + "/" + key));
  }

  void missing(String key, String p) {
    found.add(new Violation("missing required field: " + key, p));
  }

  /** Slack's answer to a block or element of a type it doesn't allow there. */
  void schema(String p) {
    found.add(new Violation("failed to match all allowed schemas", p));
  }

  private void tooLong(String text, int max, String p) {
    if (text.length() > max) {
      found.add(new Violation("must be less than " + (max + 1) + " characters", p));
    }
  }

  static String stringOrNull(JsonObject holder, String key) {
    JsonElement value = holder.get(key);
    return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
  }
}
