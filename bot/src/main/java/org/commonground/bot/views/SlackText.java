package org.commonground.bot.views;

import java.util.List;

/**
 * Text for Slack's mrkdwn. Anything a person typed goes through {@link #escape} so that it can
 * neither ping {@code @channel} nor forge a mention or link.
 */
public final class SlackText {

  /** Slack's limit on a section's text. */
  public static final int SECTION_TEXT_LIMIT = 3000;

  /** Slack's limit on the text of a select option. */
  public static final int OPTION_TEXT_LIMIT = 75;

  private SlackText() {}

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

  public static String mention(String slackUserId) {
    return "<@" + slackUserId + ">";
  }

  public static String channel(String channelId) {
    return "<#" + channelId + ">";
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
