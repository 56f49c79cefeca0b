package org.commonground.bot.privacy;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.commonground.bot.consent.PrivacyNotice;
import org.commonground.bot.slack.DirectMessages;
import org.commonground.storage.members.MemberStatusRepository;
import org.commonground.storage.privacy.MemberDataEraser;
import org.commonground.storage.privacy.MemberDataExport;
import org.jdbi.v3.core.Jdbi;

/** A member's own export and deletion of their data, and keeping a profile marked for deletion. */
public final class PrivacyService {

  static final String EXPORT_COMMENT =
      "Here is everything Common Ground holds about you, as a JSON file.";
  static final String NOTHING_HELD = "Common Ground holds no data about you.";

  private final Jdbi jdbi;
  private final DirectMessages messages;
  private final Clock clock;
  private final Executor background;
  private final PrivacyNotice notice;

  public PrivacyService(
      Jdbi jdbi, DirectMessages messages, Clock clock, Executor background, PrivacyNotice notice) {
    this.jdbi = jdbi;
    this.notice = notice;
    this.messages = messages;
    this.clock = clock;
    this.background = background;
  }

  /** Sends the export by DM after the request that asked for it is acknowledged. */
  public void exportLater(String slackUserId) {
    background.execute(() -> export(slackUserId));
  }

  private void export(String slackUserId) {
    Map<String, List<Map<String, Object>>> data = new MemberDataExport(jdbi).collect(slackUserId);
    if (data.values().stream().allMatch(List::isEmpty)) {
      messages.post(slackUserId, NOTHING_HELD, List.of());
      return;
    }
    String json = ExportFile.json(slackUserId, data, notice, clock.instant());
    messages.upload(slackUserId, ExportFile.FILENAME, json, EXPORT_COMMENT);
  }

  /** Deletes now, so that once the member is told it is done, it is. */
  public MemberDataEraser.Erased delete(String slackUserId) {
    return new MemberDataEraser(jdbi).erase(slackUserId);
  }

  /** Tells the member by DM what was deleted, and why when it was not at their request. */
  public void tellLater(String slackUserId, MemberDataEraser.Erased erased, String why) {
    background.execute(
        () ->
            messages.post(slackUserId, DeletionMessage.TEXT, DeletionMessage.blocks(erased, why)));
  }

  /** The member wants to keep a profile they were warned about: using it again is enough. */
  public void keep(String slackUserId) {
    jdbi.onDemand(MemberStatusRepository.class).markActive(slackUserId, clock.instant());
    background.execute(
        () ->
            messages.post(
                slackUserId,
                ":white_check_mark: Thanks, your Common Ground profile stays.",
                List.of()));
  }
}
