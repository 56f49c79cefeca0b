package org.commonground.bot.digest;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.commonground.storage.rounds.DeliveryRepository;
import org.commonground.storage.rounds.DeliveryStatus;
import org.commonground.storage.rounds.Round;
import org.commonground.storage.rounds.RoundMember;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers a round's digests, each exactly once. A delivery is claimed (and the claim committed)
 * before its message is posted and marked sent after; a claim left behind by a sender that died in
 * between is settled by looking for the message in Slack before anything is sent again. Calls are
 * paced, and a 429 holds every call until its {@code Retry-After} has passed.
 */
public final class DigestDelivery {

  /** A claim older than this belongs to a sender presumed dead. */
  public static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(2);

  private static final Logger log = LoggerFactory.getLogger(DigestDelivery.class);
  private static final int MAX_ATTEMPTS = 5;

  private final Jdbi jdbi;
  private final DigestComposer composer;
  private final DigestSender sender;
  private final PostedDigestFinder finder;
  private final Clock clock;
  private final Pacer pacer;

  public DigestDelivery(
      Jdbi jdbi,
      DigestComposer composer,
      com.slack.api.methods.MethodsClient slack,
      Clock clock,
      Sleeper sleeper,
      Duration interval) {
    this.jdbi = jdbi;
    this.composer = composer;
    this.sender = new DigestSender(slack);
    this.finder = new PostedDigestFinder(slack);
    this.clock = clock;
    this.pacer = new Pacer(clock, sleeper, interval);
  }

  /** What one pass achieved. */
  public record Report(int sent, int recovered, int failed, int left) {}

  /**
   * Sends every digest of the round not yet sent, taking a few passes so that a delivery handed
   * back after a passing error is tried again; safe to run again, and on several replicas at once.
   */
  public synchronized Report deliver(Round round) throws InterruptedException {
    DeliveryRepository deliveries = jdbi.onDemand(DeliveryRepository.class);
    Tally tally = new Tally();
    for (int pass = 0; pass < MAX_ATTEMPTS; pass++) {
      List<RoundMember> claimable =
          deliveries.claimable(round.id(), clock.instant().minus(CLAIM_TIMEOUT));
      if (claimable.isEmpty()) {
        break;
      }
      for (RoundMember delivery : claimable) {
        if (deliveries.claim(delivery.id(), delivery, clock.instant()) == 1) {
          deliverClaimed(round, delivery, deliveries, tally);
        }
      }
    }
    return new Report(
        tally.sent, tally.recovered, tally.failed, deliveries.counts(round.id()).pending());
  }

  private void deliverClaimed(
      Round round, RoundMember delivery, DeliveryRepository deliveries, Tally tally)
      throws InterruptedException {
    Optional<Digest> digest = composer.compose(round, delivery);
    if (digest.isEmpty()) {
      deliveries.markFailed(delivery.id(), "member_deleted");
      return;
    }
    if (delivery.status() == DeliveryStatus.SENDING
        && settledEarlier(digest.get(), delivery, deliveries, tally)) {
      return;
    }
    send(digest.get(), delivery, deliveries, tally);
  }

  /** True if the earlier sender's message was found (and recorded) or cannot yet be ruled out. */
  private boolean settledEarlier(
      Digest digest, RoundMember delivery, DeliveryRepository deliveries, Tally tally)
      throws InterruptedException {
    pacer.awaitTurn();
    PostedDigestFinder.Finding finding =
        finder.find(digest.recipient().slackUserId(), delivery.id(), delivery.claimedAt());
    if (finding instanceof PostedDigestFinder.Finding.Posted posted) {
      deliveries.markSent(delivery.id(), posted.channel(), posted.ts(), clock.instant());
      tally.recovered++;
      return true;
    }
    if (finding instanceof PostedDigestFinder.Finding.Unknown unknown) {
      log.warn(
          "Could not check delivery {} after a crash ({}); will look again",
          delivery.id(),
          unknown.error());
      return true;
    }
    return false;
  }

  private void send(Digest digest, RoundMember delivery, DeliveryRepository deliveries, Tally tally)
      throws InterruptedException {
    while (true) {
      pacer.awaitTurn();
      DigestSender.Outcome outcome = sender.send(digest);
      if (outcome instanceof DigestSender.Outcome.Sent sent) {
        deliveries.markSent(delivery.id(), sent.channel(), sent.ts(), clock.instant());
        tally.sent++;
        return;
      }
      if (outcome instanceof DigestSender.Outcome.RateLimited limited) {
        log.info(
            "Slack asked us to wait {} s before the next message",
            limited.retryAfter().toSeconds());
        pacer.holdFor(limited.retryAfter());
        continue;
      }
      DigestSender.Outcome.Failed failed = (DigestSender.Outcome.Failed) outcome;
      recordFailure(delivery, failed, deliveries, tally);
      return;
    }
  }

  private static void recordFailure(
      RoundMember delivery,
      DigestSender.Outcome.Failed failed,
      DeliveryRepository deliveries,
      Tally tally) {
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
