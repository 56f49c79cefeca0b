package org.commonground.bot.curation;

import java.util.Locale;

/**
 * A slash command's text split into its first word (the verb, lower case) and the rest. Slack sends
 * {@code &}, {@code <} and {@code >} as HTML entities, so {@code ->} arrives as {@code -&gt;}; they
 * are decoded first.
 */
public record CommandText(String verb, String rest) {

  public static CommandText of(String text) {
    String decoded =
        (text == null ? "" : text).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    String stripped = decoded.strip();
    int space = stripped.indexOf(' ');
    if (space < 0) {
      return new CommandText(stripped.toLowerCase(Locale.ROOT), "");
    }
    return new CommandText(
        stripped.substring(0, space).toLowerCase(Locale.ROOT), stripped.substring(space + 1));
  }
}
