package org.commonground.bot.teams.cards;

import com.google.gson.JsonObject;

/** A Bot Framework message activity of words alone, which Teams reads as Markdown. */
public final class TextMessage {

  private TextMessage() {}

  /**
   * @param markdown Teams Markdown, anything a person typed in it already escaped
   */
  public static JsonObject of(String markdown) {
    JsonObject message = new JsonObject();
    message.addProperty("type", "message");
    message.addProperty("textFormat", "markdown");
    message.addProperty("text", markdown);
    return message;
  }
}
