package org.commonground.bot.core.privacy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.commonground.bot.core.consent.PrivacyNotice;
import org.commonground.storage.copies.SlackCopies;
import org.commonground.storage.members.MemberStatus;
import org.commonground.storage.messages.SentMessages;
import org.commonground.storage.privacy.MemberDataEraser;
import org.commonground.storage.privacy.MemberDataExport;

/**
 * A member's own export and deletion of their data, and keeping a profile marked for deletion. The
 * exported file is deleted from Slack a day after it is sent (Slack does not tell an app when a
 * file was downloaded) or when the member deletes their profile, whichever comes first; so are the
 * messages an export is sent as on another platform.
 *
 * <p>The export and the thanks for keeping a profile go at most once per {@link #REPEAT_QUIET}
 * each, however often the buttons are pressed: each is a DM (the export three Web API calls), and a
 * member's own clicking must not spend the message budget the digests need.
 */
public final class PrivacyService {

  /** A file made minutes ago is still everything held, and one thanks is enough. */
  public static final Duration REPEAT_QUIET = Duration.ofMinutes(5);

  /** What a member asking for their data again within {@link #REPEAT_QUIET} is told. */
  public static final String EXPORT_SENT_RECENTLY =
      ":inbox_tray: We sent you your data a few minutes ago: look for the file in your messages"
          + " from Common Ground.";

  private static final String EXPORT_KIND = "data_export";
  private static final String KEPT_KIND = "profile_kept";

  public static final String NOTHING_HELD = "Common Ground holds no data about you.";

  /** What the service keeps and erases, each store's methods one transaction. */
  public record Stores(
      MemberDataExport export, MemberDataEraser eraser, SlackCopies copies, MemberStatus status) {}

  private final Stores stores;
  private final PrivacyMessages messages;
  private final SentMessages sent;
  private final CopyRemover copyRemover;
  private final Clock clock;
  private final Executor background;
  private final PrivacyNotice notice;

  public PrivacyService(
      Stores stores,
      PrivacyMessages messages,
      SentMessages sent,
      CopyRemover copyRemover,
      Clock clock,
      Executor background,
      PrivacyNotice notice) {
    this.stores = stores;
    this.notice = notice;
    this.messages = messages;
    this.sent = sent;
    this.copyRemover = copyRemover;
    this.clock = clock;
    this.background = background;
  }

  /**
   * Sends the export by DM after the request that asked for it is acknowledged; false, sending
   * nothing, when one went out less than {@link #REPEAT_QUIET} ago.
   */
  public boolean exportLater(String userId) {
    if (!claimExport(userId)) {
      return false;
    }
    background.execute(() -> export(userId));
    return true;
  }

  /**
   * Claims the member's export, for a platform that sends it its own way; false when one went out
   * less than {@link #REPEAT_QUIET} ago.
   */
  public boolean claimExport(String userId) {
    return sent.claim(EXPORT_KIND, SentMessages.PER_PERSON, userId, REPEAT_QUIET);
  }

  /**
   * Keeps track of one message of the member's export sent by a platform that sends it its own way,
   * so that it is deleted as a file in Slack is: a day later, or when they delete their profile.
   *
   * @param endpoint where the platform takes the deletion, as for {@link OtherPlatformMessages}
   */
  public void exportMessageSent(String userId, String endpoint, String location, String messageId) {
    stores.copies().exportMessageSent(userId, endpoint, location, messageId);
  }

  /** The export file's JSON; empty when nothing at all is held about them. */
  public Optional<String> exportFile(String userId) {
    Map<String, List<Map<String, Object>>> data = stores.export().collect(userId);
    if (data.values().stream().allMatch(List::isEmpty)) {
      return Optional.empty();
    }
    return Optional.of(ExportFile.json(userId, data, notice, clock.instant()));
  }

  private void export(String userId) {
    Optional<String> made = exportFile(userId);
    if (made.isEmpty()) {
      messages.nothingHeld(userId);
      return;
    }
    String json = made.get();
    SlackCopies copies = stores.copies();
    long copy = copies.exportStarting(userId);
    messages
        .sendExport(userId, json)
        .ifPresentOrElse(file -> copies.exportUploaded(copy, file), () -> copies.done(copy));
  }

  /**
   * Deletes now, so that once the member is told it is done, it is; their copies in Slack follow
   * with {@link #tellLater}.
   */
  public MemberDataEraser.Erased delete(String userId) {
    return stores.eraser().erase(userId);
  }

  /**
   * Removes the app's copies of them from Slack, then tells the member by DM what was deleted, what
   * Slack would not let go of, and why when it was not at their request.
   */
  public void tellLater(String userId, MemberDataEraser.Erased erased, String why) {
    background.execute(
        () -> {
          List<RemovedCopy> inSlack = copyRemover.remove(erased.slackCopyIds());
          messages.erased(userId, erased, inSlack, why);
        });
  }

  /**
   * Removes the app's copies of them from Slack, for a member told on another platform; what
   * happened to each copy, for the message that tells them.
   */
  public List<RemovedCopy> removeCopies(MemberDataEraser.Erased erased) {
    return copyRemover.remove(erased.slackCopyIds());
  }

  /** The member wants to keep a profile they were warned about: using it again is enough. */
  public void keep(String userId) {
    stores.status().markActive(userId, clock.instant());
    if (!sent.claim(KEPT_KIND, SentMessages.PER_PERSON, userId, REPEAT_QUIET)) {
      return;
    }
    background.execute(() -> messages.kept(userId));
  }
}
