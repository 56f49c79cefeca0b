package org.commonground.bot.demo;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows an Adaptive Card in a terminal about as a member would read it in Teams: text blocks as
 * lines with Markdown bold as bold, facts as "name: value", buttons in brackets.
 */
final class TerminalCardRenderer {

  private static final Pattern BOLD = Pattern.compile("\\*\\*([^*\\n]+)\\*\\*");
  private static final Pattern ESCAPE = Pattern.compile("\\\\(\\p{Punct})");

  private final boolean ansi;

  TerminalCardRenderer(boolean ansi) {
    this.ansi = ansi;
  }

  String render(JsonObject card) {
    List<String> lines = new ArrayList<>();
    element(card, lines);
    return String.join("\n", lines) + "\n";
  }

  private void element(JsonObject element, List<String> lines) {
    String type = text(element, "type");
    if ("TextBlock".equals(type)) {
      lines.add(markdown(text(element, "text")));
    } else if ("FactSet".equals(type)) {
      for (JsonElement fact : element.getAsJsonArray("facts")) {
        lines.add(
            markdown(text(fact.getAsJsonObject(), "title"))
                + ": "
                + markdown(text(fact.getAsJsonObject(), "value")));
      }
    }
    if (Boolean.TRUE.equals(element.has("separator") && element.get("separator").getAsBoolean())) {
      lines.add("─".repeat(60));
    }
    for (String children : List.of("body", "items", "columns")) {
      if (element.has(children) && element.get(children).isJsonArray()) {
        element.getAsJsonArray(children).forEach(child -> element(child.getAsJsonObject(), lines));
      }
    }
    if (element.has("actions") && element.get("actions").isJsonArray()) {
      List<String> buttons = new ArrayList<>();
      element
          .getAsJsonArray("actions")
          .forEach(action -> buttons.add("[ " + text(action.getAsJsonObject(), "title") + " ]"));
      lines.add(String.join("  ", buttons));
    }
  }

  private String markdown(String text) {
    Matcher bold = BOLD.matcher(text);
    String styled = bold.replaceAll(m -> Matcher.quoteReplacement(bold(m.group(1))));
    return ESCAPE.matcher(styled).replaceAll("$1");
  }

  private String bold(String text) {
    return ansi ? "\u001b[1m" + text + "\u001b[0m" : text;
  }

  private static String text(JsonObject object, String field) {
    JsonElement value = object.get(field);
    return value != null && value.isJsonPrimitive() ? value.getAsString() : "";
  }
}
