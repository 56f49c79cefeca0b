package org.commonground.bot.core.curation;

import java.util.Locale;
import org.commonground.bot.core.views.HiddenCharacters;

/**
 * A slash command's text split into its first word (the verb, lower case) and the rest. Slack sends
 * {@code &}, {@code <} and {@code >} as HTML entities, so {@code ->} arrives as {@code -&gt;}; they
 * are decoded first.
 */
public record CommandText(String verb, String rest) {

  /**
   * Like {@link #of}, for a command that acts on what was typed: refuses, naming it, a character
   * nobody would see (see {@link HiddenCharacters}).
   */
  public static CommandText checked(String text) {
    HiddenCharacters.complaint("What you typed", text, true)
        .ifPresent(
            complaint -> {
              throw new CommandException(complaint);
            });
    return of(text);
  }

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
