package org.commonground.bot.core.consent;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.util.List;
import org.commonground.bot.schedule.StopSignal;
import org.commonground.storage.members.MemberConsent;
import org.commonground.storage.members.MemberConsent.ToAsk;
import org.commonground.storage.rounds.Round;
import org.commonground.storage.rounds.RoundStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks every member who agreed to an earlier privacy notice to agree to the current one, by DM,
 * once per version each. It runs as a db-scheduler task, so on one replica at a time, at start
 * (when the notice may just have changed) and every few minutes after; each member is marked asked
 * before their DM is posted, so a second run, here or elsewhere, never asks them twice.
 *
 * <p>The DMs draw on the same budget as the weekly digests, so they go at the same pace (each
 * platform's, kept by its client) and give way to them: while a round still has digests to send,
 * the requests wait for a later run.
 */
public final class ConsentRequests {

  public static final String TASK_NAME = "privacy-notice-requests";
  private static final Logger log = LoggerFactory.getLogger(ConsentRequests.class);
  private static final int BATCH = 200;

  private final RoundStore rounds;
  private final MemberConsent consent;
  private final PrivacyNotice notice;
  private final ConsentRequestMessages messages;
  private final StopSignal stop;

  public ConsentRequests(
      RoundStore rounds,
      MemberConsent consent,
      PrivacyNotice notice,
      ConsentRequestMessages messages,
      StopSignal stop) {
    this.rounds = rounds;
    this.consent = consent;
    this.notice = notice;
    this.messages = messages;
    this.stop = stop;
  }

  public RecurringTask<Void> task() {
    return Tasks.recurring(TASK_NAME, FixedDelay.ofMinutes(10))
        .execute((instance, context) -> run());
  }

  /** Asks whoever is still to be asked; returns how many were. */
  public int run() {
    int asked = 0;
    // The notice as it stands, read once a batch rather than once for each member and message; a
    // change an admin makes meanwhile is asked for from the next batch.
    PrivacyNotice current = notice.current();
    List<ToAsk> batch = consent.notYetAsked(current.version(), BATCH);
    while (!batch.isEmpty()) {
      for (ToAsk member : batch) {
        if (stop.isRaised() || digestsPending()) {
          return logged(asked);
        }
        if (consent.markAsked(member.memberId(), current.version())) {
          send(member, current);
          asked++;
        }
      }
      current = notice.current();
      batch = consent.notYetAsked(current.version(), BATCH);
    }
    return logged(asked);
  }

  /**
   * Asks the member on their own platform, trying again after a {@code 429}: the platform's pace
   * holds the next call until its {@code Retry-After} has passed.
   */
  private void send(ToAsk member, PrivacyNotice current) {
    while (true) {
      ConsentRequestMessages.Outcome outcome = messages.send(member.userId(), current);
      if (outcome instanceof ConsentRequestMessages.Outcome.Sent sent) {
        consent.recordRequestMessage(member.memberId(), sent.channel(), sent.ts());
        return;
      }
      if (!(outcome instanceof ConsentRequestMessages.Outcome.RateLimited) || stop.isRaised()) {
        // Refused or not sent: App Home still asks a Slack member whenever they open it.
        return;
      }
    }
  }

  private boolean digestsPending() {
    return rounds
        .latest()
        .map(Round::id)
        .map(id -> rounds.deliveryCounts(id).pending() > 0)
        .orElse(false);
  }

  private static int logged(int asked) {
    if (asked > 0) {
      log.info("Asked {} members to agree to the current privacy notice", asked);
    }
    return asked;
  }
}
