package org.commonground.bot.core.introduce;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /introduce @alice @bob why} as Slack sends it with {@code should_escape}: the people named
 * first (as {@code <@U123|alice>} or {@code <@U123>}, optionally joined by commas or "and"), then
 * the note, with Slack's markup turned back into the words the caller typed.
 *
 * @param named the Slack user ids named before the note, in order, repeats kept
 * @param note what the caller wrote after the names, as plain text; may be empty
 */
public record WarmIntroRequest(List<String> named, String note) {

  private static final Pattern NAMED =
      Pattern.compile("^(?:\\s|,|&amp;|\\band\\b)*<@([UW][A-Z0-9]+)(?:\\|[^<>]*)?>");
  private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s:,;.\\-–—]+");
  private static final Pattern MARKUP = Pattern.compile("<([^<>|]*)(?:\\|([^<>]*))?>");

  public WarmIntroRequest {
    named = List.copyOf(named);
  }

  /** Whether the text names someone first, so is meant as a warm introduction. */
  public static boolean isOne(String text) {
    String stripped = text.strip();
    return stripped.startsWith("<@") || stripped.startsWith("@");
  }

  public static WarmIntroRequest parse(String text) {
    List<String> named = new ArrayList<>();
    String rest = text;
    Matcher matcher = NAMED.matcher(rest);
    while (matcher.find()) {
      named.add(matcher.group(1));
      rest = rest.substring(matcher.end());
      matcher = NAMED.matcher(rest);
    }
    String note = LEADING_PUNCTUATION.matcher(plain(rest)).replaceFirst("");
    return new WarmIntroRequest(named, note.strip());
  }

  /**
   * Slack's escaped text as typed: mentions, channels and special mentions become their names
   * ({@code @alice}, {@code #general}, {@code @here}), links their label or address, and {@code
   * &lt;} {@code &gt;} {@code &amp;} the characters.
   */
  static String plain(String escaped) {
    Matcher matcher = MARKUP.matcher(escaped);
    StringBuilder text = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(
          text, Matcher.quoteReplacement(words(matcher.group(1), matcher.group(2))));
    }
    matcher.appendTail(text);
    return text.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  private static String words(String target, String label) {
    if (target.startsWith("@") || target.startsWith("#")) {
      return target.charAt(0) + (label == null ? target.substring(1) : label);
    }
    if (target.startsWith("!")) {
      return label != null ? label : "@" + target.substring(1);
    }
    return label == null ? target : label;
  }
}
