package org.commonground.bot.teams.admin;

import java.util.function.Function;
import org.commonground.bot.core.curation.Reply;
import org.commonground.bot.teams.Activity;
import org.commonground.bot.teams.TeamsReplies;
import org.commonground.bot.teams.cards.ReplyMarkdown;

/**
 * An admin command's {@link Reply} sent in the Teams chat as Markdown: its parts when it has them,
 * else its text.
 */
final class AdminAnswers {

  private final TeamsReplies replies;
  private final Function<String, String> names;
  private final String buttonsInSlack;

  /**
   * @param names the name to show for a member a Slack mention names
   * @param buttonsInSlack the closing line when the Slack answer had buttons Teams can't show
   */
  AdminAnswers(TeamsReplies replies, Function<String, String> names, String buttonsInSlack) {
    this.replies = replies;
    this.names = names;
    this.buttonsInSlack = buttonsInSlack;
  }

  void send(Activity activity, Reply reply) {
    replies.text(activity, markdown(reply));
  }

  /** One of the app's own Slack sentences, such as {@code Admins.REFUSAL}. */
  void send(Activity activity, String mrkdwn) {
    send(activity, Reply.text(mrkdwn));
  }

  private String markdown(Reply reply) {
    ReplyMarkdown.Converted converted = ReplyMarkdown.of(reply, names);
    return converted.buttonsDropped()
        ? converted.markdown() + "\n\n" + buttonsInSlack
        : converted.markdown();
  }
}
