package org.commonground.bot.teams;

import java.util.regex.Pattern;

/**
 * Takes the leading {@code <at>…</at>} mention out of a message's text: in a team or group chat,
 * Teams puts the app's name in front of what was typed to it. Mentions further on are the person's
 * own words and stay.
 */
final class Mentions {

  private static final Pattern MENTION = Pattern.compile("^\\s*<at>[^<]*</at>");

  private Mentions() {}

  static String strip(String text) {
    return MENTION.matcher(text.replace("&nbsp;", " ")).replaceFirst("").strip();
  }
}
