package org.commonground.bot.teams.cards;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonground.bot.core.views.Markup;

/**
 * Text for the subset of Markdown that Adaptive Card TextBlocks render (bold, italic, lists,
 * links). Anything a person typed goes through {@link #escape}, so it shows as typed and can add
 * neither a link nor formatting; {@link #fromMarkup} carries the app's own words across from its
 * markup.
 */
public final class CardMarkdown {

  /** Characters that start formatting or a link wherever they stand. */
  private static final Pattern ANYWHERE = Pattern.compile("([\\\\`*_~\\[\\](){}<>])");

  /** What makes a heading, quote or list only at the start of a line. */
  private static final Pattern LINE_START = Pattern.compile("(?m)^(\\s*)([#+\\-]|\\d+(?=\\.))");

  private static final Pattern SLACK_BOLD = Pattern.compile("\\*([^*\\n]+)\\*");

  /** The emoji the app's Slack words use, by their Slack names. */
  private static final Map<String, String> EMOJI =
      Map.ofEntries(
          Map.entry(":wave:", "👋"),
          Map.entry(":handshake:", "🤝"),
          Map.entry(":memo:", "📝"),
          Map.entry(":seedling:", "🌱"),
          Map.entry(":raised_hands:", "🙌"),
          Map.entry(":ok_hand:", "👌"),
          Map.entry(":tada:", "🎉"),
          Map.entry(":coffee:", "☕"),
          Map.entry(":hourglass_flowing_sand:", "⏳"),
          Map.entry(":double_vertical_bar:", "⏸️"),
          Map.entry(":white_check_mark:", "✅"),
          Map.entry(":arrow_forward:", "▶️"),
          Map.entry(":wastebasket:", "🗑️"),
          Map.entry(":inbox_tray:", "📥"),
          Map.entry(":warning:", "⚠️"),
          Map.entry(":x:", "❌"),
          Map.entry(":bulb:", "💡"),
          Map.entry(":hourglass:", "⌛"),
          Map.entry(":twisted_rightwards_arrows:", "🔀"));

  private CardMarkdown() {}

  /** {@code text} shown literally: every mark that could format it is escaped with a backslash. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    String escaped = ANYWHERE.matcher(text).replaceAll("\\\\$1");
    return LINE_START
        .matcher(escaped)
        .replaceAll(m -> Matcher.quoteReplacement(m.group(1) + lineMark(m.group(2))));
  }

  private static String lineMark(String mark) {
    // A number opens a list only with the dot after it, so the dot is what is escaped.
    return Character.isDigit(mark.charAt(0)) ? mark + "\\" : "\\" + mark;
  }

  /**
   * The app's own Slack mrkdwn (never a person's text) as card Markdown: emoji names become emoji,
   * {@code *bold*} becomes {@code **bold**}, code marks go (cards have none) and Slack's escapes
   * are undone.
   */
  public static String fromMarkup(String mrkdwn) {
    String text = mrkdwn;
    for (Map.Entry<String, String> emoji : EMOJI.entrySet()) {
      text = text.replace(emoji.getKey(), emoji.getValue());
    }
    text = SLACK_BOLD.matcher(text).replaceAll("**$1**").replace("`", "");
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  /** {@code items} in bold, as "a", "a and b", "a, b and c"; each escaped. */
  public static String boldInWords(List<String> items) {
    return Markup.inWords(items.stream().map(item -> "**" + escape(item) + "**").toList());
  }
}
