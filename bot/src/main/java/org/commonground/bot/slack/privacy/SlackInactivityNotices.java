package org.commonground.bot.slack.privacy;

import java.time.LocalDate;
import org.commonground.bot.core.notices.OffSlackNotices;
import org.commonground.bot.core.privacy.DeletionReport;
import org.commonground.bot.core.privacy.InactivityNotices;
import org.commonground.bot.slack.DirectMessages;

/**
 * The inactivity warning as a Slack DM with its <b>Keep my profile</b> button. A member on another
 * platform is told there, in a few words, and before deletion, because erasure forgets where they
 * are reached.
 */
public final class SlackInactivityNotices implements InactivityNotices {

  private final DirectMessages messages;
  private final OffSlackNotices offSlack;

  public SlackInactivityNotices(DirectMessages messages, OffSlackNotices offSlack) {
    this.messages = messages;
    this.offSlack = offSlack;
  }

  @Override
  public void warn(String userId, int months, LocalDate deletionDay) {
    if (!offSlack.told(userId, InactivityWarning.offSlack(months, deletionDay))) {
      messages.post(userId, InactivityWarning.TEXT, InactivityWarning.blocks(months, deletionDay));
    }
  }

  @Override
  public boolean toldBeforeDeletion(String userId, String why) {
    return offSlack.told(
        userId,
        ":wastebasket: *"
            + DeletionReport.TEXT
            + "* "
            + why
            + " Send *introduce* any time if you'd like to join in again.");
  }
}
