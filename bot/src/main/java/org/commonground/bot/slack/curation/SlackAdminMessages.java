package org.commonground.bot.slack.curation;

import org.commonground.bot.core.curation.AdminMessages;
import org.commonground.bot.core.curation.Reply;
import org.commonground.bot.slack.Poster;

/** A later answer to an admin as a Slack DM, its parts as blocks. */
public final class SlackAdminMessages implements AdminMessages {

  private final Poster poster;

  public SlackAdminMessages(Poster poster) {
    this.poster = poster;
  }

  @Override
  public void send(String adminId, Reply reply) {
    poster.post(adminId, reply.text(), SlackReplyBlocks.of(reply));
  }
}
