package org.commonground.storage.copies;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * The copies of members' data the app put in Slack and will remove: introduction cards, exported
 * files and, in Teams, exported messages, recorded as they are posted, and digests to redraw when
 * someone in them leaves (recorded by {@link org.commonground.storage.privacy.MemberDataEraser}).
 * Each method is one transaction.
 */
public final class SlackCopies {

  /** How long an export stays in Slack or Teams: long enough to save it, no longer. */
  public static final Duration EXPORT_LIFETIME = Duration.ofDays(1);

  private final Jdbi jdbi;
  private final Clock clock;

  public SlackCopies(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /** A member's introduction card, posted at {@code ts} in {@code channel}. */
  public void recordIntroCard(String userId, String channel, String ts) {
    jdbi.useTransaction(
        h -> h.attach(SlackCopyRepository.class).insertCard(userId, channel, ts, now()));
  }

  /**
   * A file of a member's data about to be uploaded, due for deletion {@link #EXPORT_LIFETIME} from
   * now; recorded first so that erasing them while it is on its way still finds it. Returns the
   * copy's id, for {@link #exportUploaded} (or {@link #done} if the upload fails).
   */
  public long exportStarting(String userId) {
    Instant now = now();
    return jdbi.inTransaction(
        h ->
            h.attach(SlackCopyRepository.class).insertFile(userId, now, now.plus(EXPORT_LIFETIME)));
  }

  /**
   * A message of a member's data sent to them in Teams, activity {@code activityId} in the chat
   * {@code chat} at the Bot Connector's {@code serviceUrl}, due for deletion {@link
   * #EXPORT_LIFETIME} from now as a file in Slack is. Recorded once Teams has it, as only then is
   * its id known; one sent while its member is being erased is still deleted when due.
   */
  public void exportMessageSent(String userId, String serviceUrl, String chat, String activityId) {
    Instant now = now();
    jdbi.useTransaction(
        h ->
            h.attach(SlackCopyRepository.class)
                .insertMessage(
                    userId, serviceUrl, chat, activityId, now, now.plus(EXPORT_LIFETIME)));
  }

  /** The id Slack gave the uploaded file. */
  public void exportUploaded(long id, String fileId) {
    jdbi.useTransaction(h -> h.attach(SlackCopyRepository.class).setFile(id, fileId));
  }

  /** The oldest copies whose time has come, at most {@code limit} of them. */
  public List<SlackCopy> due(int limit) {
    return jdbi.inTransaction(h -> h.attach(SlackCopyRepository.class).due(now(), limit));
  }

  /** These copies, as they stand (ones already dealt with are left out). */
  public List<SlackCopy> find(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbi.inTransaction(h -> h.attach(SlackCopyRepository.class).find(ids));
  }

  /** Forgets a copy Slack has removed, or that cannot be removed at all. */
  public void done(long id) {
    jdbi.useTransaction(h -> h.attach(SlackCopyRepository.class).delete(id));
  }

  /** Tries again after {@code wait}, remembering why it failed. */
  public void retryLater(long id, String error, Duration wait) {
    jdbi.useTransaction(
        h -> h.attach(SlackCopyRepository.class).failed(id, error, now().plus(wait)));
  }

  private Instant now() {
    return clock.instant();
  }
}
