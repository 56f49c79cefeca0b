package org.commonground.bot.teams.cards;

import com.google.gson.JsonObject;

/**
 * A TextBlock: a paragraph in the subset of Markdown Adaptive Cards render. It always wraps, since
 * a line cut at the card's edge would hide words. Text a person typed goes in through {@link
 * CardMarkdown#escape}.
 */
public final class TextBlock {

  private final JsonObject json = new JsonObject();

  private TextBlock(String markdown) {
    json.addProperty("type", "TextBlock");
    json.addProperty("text", markdown);
    json.addProperty("wrap", true);
  }

  public static TextBlock of(String markdown) {
    return new TextBlock(markdown);
  }

  /** A heading: large and bold. */
  public static JsonObject heading(String markdown) {
    return of(markdown).bold().size("Large").json();
  }

  public TextBlock bold() {
    json.addProperty("weight", "Bolder");
    return this;
  }

  /** One of Small, Default, Medium, Large, ExtraLarge. */
  public TextBlock size(String size) {
    json.addProperty("size", size);
    return this;
  }

  /** Quieter text, for asides and hints. */
  public TextBlock subtle() {
    json.addProperty("isSubtle", true);
    return this;
  }

  /** The colour of errors. */
  public TextBlock attention() {
    json.addProperty("color", "Attention");
    return this;
  }

  /** No gap above, so a hint or an error sits against the field it is about. */
  public TextBlock tight() {
    json.addProperty("spacing", "None");
    return this;
  }

  public JsonObject json() {
    return json;
  }
}
