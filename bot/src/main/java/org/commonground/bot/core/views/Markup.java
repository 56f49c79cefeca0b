package org.commonground.bot.core.views;

import java.util.List;

/**
 * The markup every message of the app is written in, whichever platform it goes to: Slack's mrkdwn
 * ({@code *bold*}, {@code <@member>} mentions, {@code &amp;} escapes), which Slack shows as it is
 * and the Teams adapter turns into Teams Markdown. Anything a person typed goes through {@link
 * #escape} so that it can neither ping {@code @channel} nor forge a mention or link.
 */
public final class Markup {

  /** Slack's user ids: upper-case letters and digits, such as {@code U0123ABCD}. */
  private static final java.util.regex.Pattern SLACK_ID =
      java.util.regex.Pattern.compile("[A-Z0-9]+");

  /** The longest paragraph a message carries: Slack's limit on a section's text, the lower one. */
  public static final int PARAGRAPH_LIMIT = 3000;

  private Markup() {}

  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /**
   * mrkdwn made fit for places Slack shows as plain text, such as a form field's error: no bold or
   * code marks, and escaped characters back as typed.
   */
  public static String plain(String mrkdwn) {
    return mrkdwn
        .replace("*", "")
        .replace("`", "")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  /** Cuts text to at most {@code limit} characters, ending with an ellipsis when cut. */
  public static String truncate(String text, int limit) {
    if (text.length() <= limit) {
      return text;
    }
    int end = limit - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }

  /**
   * Cuts markup like {@link #truncate}, but never inside an escape ({@code &amp;}) or a mention or
   * link ({@code <@U…>}): Slack would show the half as typed, or lose the mention.
   */
  public static String truncateMarkup(String mrkdwn, int limit) {
    if (mrkdwn.length() <= limit) {
      return mrkdwn;
    }
    String cut = truncate(mrkdwn, limit);
    String kept = cut.substring(0, cut.length() - 1);
    String before;
    do {
      before = kept;
      kept = withoutOpen(withoutOpen(kept, '&', ';'), '<', '>');
    } while (!kept.equals(before));
    return kept + "…";
  }

  /** {@code text} up to its last {@code open} if nothing closes it. */
  private static String withoutOpen(String text, char open, char close) {
    int at = text.lastIndexOf(open);
    return at >= 0 && text.indexOf(close, at) < 0 ? text.substring(0, at) : text;
  }

  /** Someone whose profile was deleted, whom a stored record no longer names. */
  public static final String LEFT = "a member who has left";

  /** What a member who is on Teams is called in Slack, where they can't be mentioned. */
  public static final String ON_TEAMS = "a member on Teams";

  /**
   * A mention of a Slack user. A member on Teams, whose id is an Entra object id that Slack can't
   * draw, is named {@link #ON_TEAMS} instead: their name is shared when both say <i>Intro me</i>.
   */
  public static String mention(String userId) {
    if (userId == null) {
      return LEFT;
    }
    return SLACK_ID.matcher(userId).matches() ? "<@" + userId + ">" : ON_TEAMS;
  }

  /** "a", "a and b", "a, b and c". */
  public static String inWords(List<String> items) {
    int n = items.size();
    if (n == 0) {
      return "";
    }
    if (n == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, n - 1)) + " and " + items.get(n - 1);
  }
}
