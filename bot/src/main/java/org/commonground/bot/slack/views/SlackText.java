package org.commonground.bot.slack.views;

import org.commonground.bot.core.views.Markup;

/** What only Slack's own surfaces need of the app's {@link Markup}. */
public final class SlackText {

  /** Slack's limit on the text of a select option. */
  public static final int OPTION_TEXT_LIMIT = 75;

  private SlackText() {}

  /** A link to a Slack channel, which Slack draws with its name. */
  public static String channel(String channelId) {
    return "<#" + channelId + ">";
  }
}
