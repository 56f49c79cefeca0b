package org.commonground.storage.rounds;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** Stores each week's round exactly once, however many processes compute it. */
public final class RoundStore {

  private static final String UNIQUE_VIOLATION = "23505";

  private final Jdbi jdbi;

  public RoundStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  public Optional<Round> find(String week) {
    return jdbi.onDemand(RoundRepository.class).findByWeek(week);
  }

  public Optional<Round> find(long roundId) {
    return jdbi.withExtension(RoundRepository.class, r -> r.findById(roundId));
  }

  public Optional<Round> latest() {
    return jdbi.onDemand(RoundRepository.class).latest();
  }

  /**
   * Stores the round with its pairs and members, unless that week already has one; returns the
   * round that is stored either way. Two processes racing to store the same week both get the
   * winner's round.
   */
  public Round storeOnce(NewRound round) {
    try {
      return jdbi.inTransaction(
          handle -> {
            RoundRepository rounds = handle.attach(RoundRepository.class);
            Optional<Round> existing = rounds.findByWeek(round.week());
            if (existing.isPresent()) {
              return existing.get();
            }
            long id =
                rounds.insertRound(
                    round.week(),
                    round.weekNumber(),
                    round.computedAt(),
                    round.eligible(),
                    round.withAllowedPartner(),
                    round.matched(),
                    round.pairs().size(),
                    round.totalScore(),
                    round.headcount(),
                    round.note().orElse(null));
            rounds.insertPairs(id, round.pairs().stream().map(StoredPair::of).toList());
            handle.attach(DeliveryRepository.class).insertMembers(id, round.members());
            return rounds.findByWeek(round.week()).orElseThrow();
          });
    } catch (UnableToExecuteStatementException e) {
      if (isUniqueViolation(e)) {
        return find(round.week()).orElseThrow();
      }
      throw e;
    }
  }

  private static boolean isUniqueViolation(UnableToExecuteStatementException e) {
    return e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState());
  }

  /**
   * Marks the pair introduced in {@code channel}, their group DM; false when another process
   * already did.
   */
  public boolean markIntroduced(long pairId, Instant at, String channel) {
    return jdbi.withExtension(RoundRepository.class, r -> r.markIntroduced(pairId, at, channel))
        == 1;
  }

  public Optional<RoundPair> pair(long pairId) {
    return jdbi.withExtension(RoundRepository.class, r -> r.findPair(pairId));
  }

  public List<RoundPair> pairs(long roundId) {
    return jdbi.onDemand(RoundRepository.class).pairsOf(roundId);
  }

  /** Who was paired with whom in the weeks from {@code fromWeek} up to {@code beforeWeek}. */
  public List<PastPairRow> pairsBetweenWeeks(long fromWeek, long beforeWeek) {
    return jdbi.withExtension(
        RoundRepository.class, r -> r.pairsBetweenWeeks(fromWeek, beforeWeek));
  }

  /** The pairs {@code memberId} is in, in that round. */
  public List<RoundPair> pairsOf(long roundId, long memberId) {
    return jdbi.onDemand(RoundRepository.class).pairsOf(roundId, memberId);
  }

  /**
   * The member's place in the round: their digest's delivery, with where it landed once sent. Empty
   * when they were not in the round.
   */
  public Optional<RoundMember> member(long roundId, long memberId) {
    return jdbi.onDemand(DeliveryRepository.class).find(roundId, memberId);
  }

  /** How the round's digests stand: sent, failed and still to send. */
  public DeliveryCounts deliveryCounts(long roundId) {
    return jdbi.withExtension(DeliveryRepository.class, d -> d.counts(roundId));
  }

  public List<RoundMember> members(long roundId) {
    return jdbi.onDemand(DeliveryRepository.class).membersOf(roundId);
  }
}
