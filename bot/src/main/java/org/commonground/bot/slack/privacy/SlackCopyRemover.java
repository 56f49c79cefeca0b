package org.commonground.bot.slack.privacy;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.commonground.bot.core.delivery.Removal;
import org.commonground.bot.core.delivery.Removal.Outcome;
import org.commonground.bot.core.privacy.CopyRemover;
import org.commonground.bot.core.privacy.DigestRewriter;
import org.commonground.bot.core.privacy.OtherPlatformMessages;
import org.commonground.bot.core.privacy.RemovedCopy;
import org.commonground.bot.slack.SlackRemovals;
import org.commonground.storage.copies.SlackCopies;
import org.commonground.storage.copies.SlackCopy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes the app's copies of members' data from Slack: deletes introduction cards and exported
 * files, and redraws digests that still show someone who left; exports sent as messages on another
 * platform (Teams) go through {@link OtherPlatformMessages}. Asked at erasure for that member's
 * copies, and every few minutes, on one replica, for whatever is due: exports a day old, and what
 * the platform could not take earlier. Removing a copy twice is harmless: the platform then answers
 * that it is gone, which counts as removed.
 */
public final class SlackCopyRemover implements CopyRemover {

  static final String TASK_NAME = "remove-slack-copies";

  /**
   * Attempts after which a copy Slack keeps failing on is given up: the waits between them (5
   * minutes doubling to 6 hours) add up to about 23 hours, the "day" the member is promised.
   */
  static final int MAX_ATTEMPTS = 10;

  private static final Duration FIRST_WAIT = Duration.ofMinutes(5);
  private static final Duration LONGEST_WAIT = Duration.ofHours(6);
  private static final int BATCH = 200;
  private static final String DELIVERY_UNDER_WAY = "delivery_under_way";
  private static final Logger log = LoggerFactory.getLogger(SlackCopyRemover.class);

  private final SlackCopies copies;
  private final SlackRemovals slack;
  private final DigestRewriter digests;
  private final OtherPlatformMessages elsewhere;

  /** For Slack alone. */
  public SlackCopyRemover(
      SlackCopies copies,
      SlackRemovals slack,
      DigestRewriter digests,
      OtherPlatformMessages elsewhere) {
    this.copies = copies;
    this.slack = slack;
    this.digests = digests;
    this.elsewhere = elsewhere;
  }

  /** Every few minutes, on one replica at a time. */
  public RecurringTask<Void> task() {
    return Tasks.recurring(TASK_NAME, FixedDelay.ofMinutes(5))
        .execute((instance, context) -> removeDue());
  }

  @Override
  public List<RemovedCopy> remove(List<Long> ids) {
    List<RemovedCopy> removals = new ArrayList<>();
    for (SlackCopy copy : copies.find(ids)) {
      removals.add(new RemovedCopy(copy.kind(), removeOne(copy)));
    }
    return removals;
  }

  /** Removes the copies whose time has come, oldest first. */
  public void removeDue() {
    List<SlackCopy> due = copies.due(BATCH);
    due.forEach(this::removeOne);
    if (!due.isEmpty()) {
      log.info("Dealt with {} copies in Slack and elsewhere", due.size());
    }
  }

  private Outcome removeOne(SlackCopy copy) {
    Removal result = attempt(copy);
    if (result.outcome() != Outcome.TRY_AGAIN) {
      copies.done(copy.id());
      return result.outcome();
    }
    if (copy.attempts() + 1 >= MAX_ATTEMPTS) {
      log.warn("Gave up removing a {}: {}", copy.kind(), result.error());
      copies.done(copy.id());
      return Outcome.REFUSED;
    }
    copies.retryLater(copy.id(), result.error(), wait(copy.attempts()));
    return Outcome.TRY_AGAIN;
  }

  private Removal attempt(SlackCopy copy) {
    return switch (copy.kind()) {
      case INTRO_CARD -> slack.deleteMessage(copy.channel(), copy.ts());
      case EXPORT_FILE ->
          copy.fileId() == null
              ? new Removal(Outcome.TRY_AGAIN, "upload_under_way")
              : slack.deleteFile(copy.fileId());
      case DIGEST -> redraw(copy);
      case EXPORT_MESSAGE -> elsewhere.delete(copy.serviceUrl(), copy.channel(), copy.ts());
    };
  }

  /**
   * A digest still being posted is redrawn once it has landed; one whose recipient has left too, or
   * that retention has unlinked, is nobody's now.
   */
  private Removal redraw(SlackCopy copy) {
    if (copy.channel() == null || copy.ts() == null) {
      return copy.deliveryUnderWay()
          ? new Removal(Outcome.TRY_AGAIN, DELIVERY_UNDER_WAY)
          : new Removal(Outcome.ALREADY_GONE, null);
    }
    return digests.rewrite(copy.roundMemberId(), copy.channel(), copy.ts());
  }

  /** Doubling from five minutes, at most six hours. */
  static Duration wait(int attempts) {
    Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(attempts, 10));
    return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
  }
}
