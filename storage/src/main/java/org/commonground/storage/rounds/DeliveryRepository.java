package org.commonground.storage.rounds;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Each member's digest in a round. A delivery moves PENDING → SENDING (claimed, committed before
 * anything is posted) → SENT or FAILED; the claim is a conditional update, so two senders never
 * both own one delivery.
 */
@RegisterConstructorMapper(RoundMember.class)
@RegisterConstructorMapper(DeliveryCounts.class)
interface DeliveryRepository {

  String COLUMNS =
      "id, round_id, member_id, unmatched_reason, status, claimed_at, dm_channel, message_ts,"
          + " attempts, last_error, delivered_at";

  @SqlBatch(
      """
      INSERT INTO round_member (round_id, member_id, unmatched_reason, status)
      VALUES (:roundId, :memberId, :unmatchedReason, 'PENDING')
      """)
  void insertMembers(long roundId, @BindMethods List<NewRound.NewRoundMember> members);

  @SqlQuery("SELECT " + COLUMNS + " FROM round_member WHERE round_id = :roundId ORDER BY id")
  List<RoundMember> membersOf(long roundId);

  @SqlQuery("SELECT " + COLUMNS + " FROM round_member WHERE id = :id")
  Optional<RoundMember> findById(long id);

  @SqlQuery(
      "SELECT "
          + COLUMNS
          + " FROM round_member WHERE round_id = :roundId AND member_id = :memberId")
  Optional<RoundMember> find(long roundId, long memberId);

  /**
   * Deliveries a sender may take: pending ones, and claims older than {@code staleBefore}, whose
   * sender is presumed dead.
   */
  @SqlQuery(
      "SELECT "
          + COLUMNS
          + """
           FROM round_member
          WHERE round_id = :roundId AND member_id IS NOT NULL
            AND (status = 'PENDING' OR (status = 'SENDING' AND claimed_at < :staleBefore))
          ORDER BY id
          """)
  List<RoundMember> claimable(long roundId, Instant staleBefore);

  /** Takes the delivery if it is still as last read; 1 if this caller now owns it. */
  @SqlUpdate(
      """
      UPDATE round_member SET status = 'SENDING', claimed_at = :now, attempts = attempts + 1
      WHERE id = :id AND status = :status.status AND attempts = :status.attempts
      """)
  int claim(long id, @BindMethods("status") RoundMember status, Instant now);

  @SqlUpdate(
      """
      UPDATE round_member SET status = 'SENT', dm_channel = :channel, message_ts = :ts,
          delivered_at = :at, last_error = NULL
      WHERE id = :id
      """)
  void markSent(long id, String channel, String ts, Instant at);

  @SqlUpdate("UPDATE round_member SET status = 'FAILED', last_error = :error WHERE id = :id")
  void markFailed(long id, String error);

  /** Hands a claimed delivery back, e.g. when Slack asked us to slow down. */
  @SqlUpdate("UPDATE round_member SET status = 'PENDING', last_error = :error WHERE id = :id")
  void release(long id, String error);

  @SqlQuery(
      """
      SELECT
        COUNT(*) AS total,
        SUM(CASE WHEN status = 'SENT' THEN 1 ELSE 0 END) AS sent,
        SUM(CASE WHEN status = 'FAILED' THEN 1 ELSE 0 END) AS failed,
        SUM(CASE WHEN status IN ('PENDING', 'SENDING') THEN 1 ELSE 0 END) AS pending,
        MAX(delivered_at) AS last_delivered_at
      FROM round_member WHERE round_id = :roundId AND member_id IS NOT NULL
      """)
  DeliveryCounts counts(long roundId);

  @SqlQuery(
      """
      SELECT rm.member_id FROM round_member rm JOIN round r ON r.id = rm.round_id
      WHERE r.week_number = :weekNumber AND rm.member_id IS NOT NULL
        AND rm.unmatched_reason IN ('NO_ALLOWED_PARTNER', 'PARTNERS_TAKEN')
      """)
  List<Long> unmatchedIn(long weekNumber);
}
