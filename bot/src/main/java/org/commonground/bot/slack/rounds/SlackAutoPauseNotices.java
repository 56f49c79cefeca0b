package org.commonground.bot.slack.rounds;

import org.commonground.bot.core.notices.OffSlackNotices;
import org.commonground.bot.core.rounds.AutoPauseNotices;
import org.commonground.bot.core.rounds.Week;
import org.commonground.bot.slack.OwnMessages;

/**
 * The auto-pause DM on Slack, with its <b>Keep me in</b> button, remembered so that the button
 * updates it; members on another platform get its words there instead.
 */
public final class SlackAutoPauseNotices implements AutoPauseNotices {

  /** What the DM is remembered as, with the number of the week it paused before as its subject. */
  static final String MESSAGE_KIND = "auto_pause";

  private final OwnMessages messages;
  private final OffSlackNotices offSlack;

  public SlackAutoPauseNotices(OwnMessages messages, OffSlackNotices offSlack) {
    this.messages = messages;
    this.offSlack = offSlack;
  }

  @Override
  public void paused(String userId, Week week) {
    if (!offSlack.told(userId, AutoPauseMessage.OFF_SLACK)) {
      messages.send(
          MESSAGE_KIND,
          week.number(),
          userId,
          AutoPauseMessage.TEXT,
          AutoPauseMessage.blocks(week.number()));
    }
  }

  @Override
  public void keptIn(String userId, long week, String notice) {
    messages.updateOwn(MESSAGE_KIND, week, userId, notice, AutoPauseMessage.keptIn(notice));
  }
}
