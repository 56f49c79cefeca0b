package org.commonground.bot.slack.privacy;

import java.util.List;
import java.util.Optional;
import org.commonground.bot.core.privacy.DeletionReport;
import org.commonground.bot.core.privacy.ExportFile;
import org.commonground.bot.core.privacy.PrivacyMessages;
import org.commonground.bot.core.privacy.PrivacyService;
import org.commonground.bot.core.privacy.RemovedCopy;
import org.commonground.bot.slack.DirectMessages;
import org.commonground.storage.privacy.MemberDataEraser;

/** A member's export as a JSON file in their DM with the app, and the rest as DMs. */
public final class SlackPrivacyMessages implements PrivacyMessages {

  static final String EXPORT_COMMENT =
      "Here is everything Common Ground holds about you, as a JSON file. Save a copy: we delete"
          + " this file from Slack in a day.";

  private final DirectMessages messages;

  public SlackPrivacyMessages(DirectMessages messages) {
    this.messages = messages;
  }

  @Override
  public void nothingHeld(String userId) {
    messages.post(userId, PrivacyService.NOTHING_HELD, List.of());
  }

  @Override
  public Optional<String> sendExport(String userId, String json) {
    return messages.upload(userId, ExportFile.FILENAME, json, EXPORT_COMMENT);
  }

  @Override
  public void erased(
      String userId, MemberDataEraser.Erased erased, List<RemovedCopy> copies, String why) {
    messages.post(userId, DeletionReport.TEXT, DeletionMessage.blocks(erased, copies, why));
  }

  @Override
  public void kept(String userId) {
    messages.post(
        userId, ":white_check_mark: Thanks, your Common Ground profile stays.", List.of());
  }
}
