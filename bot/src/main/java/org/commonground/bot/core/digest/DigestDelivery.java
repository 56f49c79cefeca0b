package org.commonground.bot.core.digest;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.commonground.bot.schedule.StopSignal;
import org.commonground.storage.rounds.Deliveries;
import org.commonground.storage.rounds.DeliveryStatus;
import org.commonground.storage.rounds.Round;
import org.commonground.storage.rounds.RoundMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers a round's digests, each at most once and, where the platform allows, exactly once. Each
 * goes out on the member's own platform ({@link DigestChannels}). A delivery is claimed (and the
 * claim committed) before its message is posted and marked sent after; a claim left behind by a
 * sender that died in between is settled by looking for the message before anything is sent again.
 *
 * <p>Slack's DM history can be searched, so there the claim ends sent or is sent afresh. Teams
 * keeps nothing the bot can search, so such a claim is never sent again (a member must not get two
 * digests): it is marked failed with {@value #UNCONFIRMED}, which {@code /digest status} counts
 * among the failed, as the member may or may not have it. Failed rather than sent because nothing
 * says where it landed, and no migration is needed for a status of its own.
 *
 * <p>Each platform's client paces its own posts, shared with everything else the app posts there,
 * and after a 429 holds every call until its {@code Retry-After} has passed; a digest refused with
 * 429 is simply sent again, and waits there for its turn. When the app begins to stop, delivery
 * ends after the message under way, handing back a claim it has not posted yet (also one whose wait
 * for a turn the stop cut short), so the rest goes out on the next run without waiting for the
 * claim to go stale.
 */
public final class DigestDelivery {

  /** A claim older than this belongs to a sender presumed dead. */
  public static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(2);

  private static final Logger log = LoggerFactory.getLogger(DigestDelivery.class);
  private static final int MAX_ATTEMPTS = 5;
  private static final String STOPPED = "app_stopped";

  /** Why a claim a crashed sender left on a platform that cannot be searched was not sent again. */
  public static final String UNCONFIRMED = "unconfirmed_after_crash";

  private final Deliveries deliveries;
  private final DigestComposer composer;
  private final DigestChannels channels;
  private final Clock clock;
  private final StopSignal stop;

  public DigestDelivery(
      Deliveries deliveries,
      DigestComposer composer,
      DigestChannels channels,
      Clock clock,
      StopSignal stop) {
    this.deliveries = deliveries;
    this.composer = composer;
    this.channels = channels;
    this.clock = clock;
    this.stop = stop;
  }

  /** What one pass achieved. */
  public record Report(int sent, int recovered, int failed, int left) {}

  /**
   * Sends every digest of the round not yet sent, taking a few passes so that a delivery handed
   * back after a passing error is tried again; safe to run again, and on several replicas at once.
   * Returns early, with digests left, when the app begins to stop.
   */
  public synchronized Report deliver(Round round) {
    Tally tally = new Tally();
    for (int pass = 0; pass < MAX_ATTEMPTS; pass++) {
      List<RoundMember> claimable =
          deliveries.claimable(round.id(), clock.instant().minus(CLAIM_TIMEOUT));
      if (claimable.isEmpty()) {
        break;
      }
      for (RoundMember delivery : claimable) {
        if (stop.isRaised()) {
          return stopped(round, report(round, tally));
        }
        if (deliveries.claim(delivery, clock.instant())) {
          deliverClaimed(round, delivery, tally);
        }
      }
    }
    return report(round, tally);
  }

  private Report report(Round round, Tally tally) {
    return new Report(
        tally.sent, tally.recovered, tally.failed, deliveries.counts(round.id()).pending());
  }

  private static Report stopped(Round round, Report report) {
    log.info(
        "Stopping with {} digest(s) of round {} still to send: they go out when the app next runs",
        report.left(),
        round.week());
    return report;
  }

  private void deliverClaimed(Round round, RoundMember delivery, Tally tally) {
    Optional<Digest> digest = composer.compose(round, delivery);
    if (digest.isEmpty()) {
      deliveries.markFailed(delivery.id(), "member_deleted");
      return;
    }
    DigestChannel channel = channels.forRecipient(digest.get().recipient());
    if (delivery.status() == DeliveryStatus.SENDING
        && settledEarlier(channel, digest.get(), delivery, tally)) {
      return;
    }
    send(channel, digest.get(), delivery, tally);
  }

  /**
   * True if the earlier sender's message was found (and recorded), cannot yet be ruled out, or can
   * never be ruled out (and the delivery is given up).
   */
  private boolean settledEarlier(
      DigestChannel channel, Digest digest, RoundMember delivery, Tally tally) {
    if (stop.isRaised()) {
      // Stopping: the claim stays, so whoever takes it once it is stale looks again first.
      // Handing it back unchecked could send the member a second digest.
      return true;
    }
    DigestChannel.Finding finding = channel.find(digest, delivery.claimedAt());
    if (finding instanceof DigestChannel.Finding.Posted posted) {
      deliveries.markSent(delivery.id(), posted.channel(), posted.ts(), clock.instant());
      tally.recovered++;
      return true;
    }
    if (finding instanceof DigestChannel.Finding.Unverifiable) {
      log.warn(
          "Delivery {} was claimed by a sender that died; {} cannot tell if it arrived, so it is"
              + " not sent again",
          delivery.id(),
          channel.platform());
      deliveries.markFailed(delivery.id(), UNCONFIRMED);
      tally.failed++;
      return true;
    }
    if (finding instanceof DigestChannel.Finding.Unknown unknown) {
      log.warn(
          "Could not check delivery {} after a crash ({}); will look again",
          delivery.id(),
          unknown.error());
      return true;
    }
    return false;
  }

  private void send(DigestChannel channel, Digest digest, RoundMember delivery, Tally tally) {
    while (true) {
      if (stop.isRaised()) {
        // Stopping before anything was posted: hand it back for the next run to send at once.
        deliveries.release(delivery.id(), STOPPED);
        return;
      }
      DigestChannel.Outcome outcome = channel.send(digest);
      if (outcome instanceof DigestChannel.Outcome.Sent sent) {
        deliveries.markSent(delivery.id(), sent.channel(), sent.ts(), clock.instant());
        tally.sent++;
        return;
      }
      if (outcome instanceof DigestChannel.Outcome.RateLimited limited) {
        log.info(
            "{} asked us to wait {} s before the next message",
            channel.platform(),
            limited.retryAfter().toSeconds());
        continue;
      }
      DigestChannel.Outcome.Failed failed = (DigestChannel.Outcome.Failed) outcome;
      if (!failed.permanent() && stop.isRaised()) {
        // Most likely the stop cut the wait for a turn short, and nothing was posted.
        deliveries.release(delivery.id(), STOPPED);
        return;
      }
      recordFailure(delivery, failed, tally);
      return;
    }
  }

  private void recordFailure(
      RoundMember delivery, DigestChannel.Outcome.Failed failed, Tally tally) {
    if (failed.permanent() || delivery.attempts() + 1 >= MAX_ATTEMPTS) {
      log.warn("Digest {} not delivered: {}", delivery.id(), failed.error());
      deliveries.markFailed(delivery.id(), failed.error());
      tally.failed++;
    } else {
      deliveries.release(delivery.id(), failed.error());
    }
  }

  private static final class Tally {
    int sent;
    int recovered;
    int failed;
  }
}
