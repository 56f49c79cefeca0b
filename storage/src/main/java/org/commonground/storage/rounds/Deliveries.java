package org.commonground.storage.rounds;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Each member's digest in a round, as its senders see it: which may be taken, taking one, and how
 * it ended. Each method is one transaction that commits before it returns, so a claim is settled in
 * the database before its message is posted.
 */
public final class Deliveries {

  private final Jdbi jdbi;

  public Deliveries(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  public Optional<RoundMember> find(long roundMemberId) {
    return jdbi.withExtension(DeliveryRepository.class, d -> d.findById(roundMemberId));
  }

  /**
   * Deliveries a sender may take: pending ones, and claims older than {@code staleBefore}, whose
   * sender is presumed dead.
   */
  public List<RoundMember> claimable(long roundId, Instant staleBefore) {
    return jdbi.withExtension(DeliveryRepository.class, d -> d.claimable(roundId, staleBefore));
  }

  /** Takes the delivery if it is still as {@code read}; true if this caller now owns it. */
  public boolean claim(RoundMember read, Instant now) {
    return jdbi.withExtension(DeliveryRepository.class, d -> d.claim(read.id(), read, now)) == 1;
  }

  public void markSent(long roundMemberId, String channel, String ts, Instant at) {
    jdbi.useExtension(DeliveryRepository.class, d -> d.markSent(roundMemberId, channel, ts, at));
  }

  public void markFailed(long roundMemberId, String error) {
    jdbi.useExtension(DeliveryRepository.class, d -> d.markFailed(roundMemberId, error));
  }

  /** Hands a claimed delivery back, e.g. when the platform asked us to slow down. */
  public void release(long roundMemberId, String error) {
    jdbi.useExtension(DeliveryRepository.class, d -> d.release(roundMemberId, error));
  }

  /** How the round's digests stand: sent, failed and still to send. */
  public DeliveryCounts counts(long roundId) {
    return jdbi.withExtension(DeliveryRepository.class, d -> d.counts(roundId));
  }

  /** Members the round of {@code weekNumber} left unmatched for want of a partner. */
  public List<Long> unmatchedIn(long weekNumber) {
    return jdbi.withExtension(DeliveryRepository.class, d -> d.unmatchedIn(weekNumber));
  }
}
