package org.commonground.storage.rounds;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Rounds and the pairs they formed. */
@RegisterConstructorMapper(Round.class)
@RegisterConstructorMapper(RoundPair.class)
@RegisterConstructorMapper(PastPairRow.class)
interface RoundRepository {

  String ROUND_COLUMNS =
      "id, week, week_number, computed_at, eligible, with_allowed_partner, matched, pair_count,"
          + " total_score, note";
  String PAIR_COLUMNS =
      "id, round_id, member_a, member_b, score, shared_challenges, a_offers_b, b_offers_a,"
          + " a_answer, b_answer, introduced_at, group_channel";

  @SqlQuery("SELECT " + ROUND_COLUMNS + " FROM round WHERE week = :week")
  Optional<Round> findByWeek(String week);

  @SqlQuery("SELECT " + ROUND_COLUMNS + " FROM round WHERE id = :id")
  Optional<Round> findById(long id);

  @SqlQuery("SELECT " + ROUND_COLUMNS + " FROM round ORDER BY week_number DESC LIMIT 1")
  Optional<Round> latest();

  @SqlUpdate(
      """
      INSERT INTO round (week, week_number, computed_at, eligible, with_allowed_partner, matched,
          pair_count, total_score, members, paused, note)
      VALUES (:week, :weekNumber, :computedAt, :eligible, :withAllowedPartner, :matched,
          :pairCount, :totalScore, :headcount.members, :headcount.paused, :note)
      """)
  @GetGeneratedKeys("id")
  long insertRound(
      String week,
      long weekNumber,
      Instant computedAt,
      int eligible,
      int withAllowedPartner,
      int matched,
      int pairCount,
      double totalScore,
      @BindMethods("headcount") Headcount headcount,
      String note);

  @SqlBatch(
      """
      INSERT INTO round_pair (round_id, member_a, member_b, score, shared_challenges, a_offers_b,
          b_offers_a)
      VALUES (:roundId, :memberA, :memberB, :score, :sharedChallenges, :aOffersB, :bOffersA)
      """)
  void insertPairs(long roundId, @BindMethods List<StoredPair> pairs);

  @SqlQuery("SELECT " + PAIR_COLUMNS + " FROM round_pair WHERE round_id = :roundId ORDER BY id")
  List<RoundPair> pairsOf(long roundId);

  /** One member's pairs in a round, through the indexes on each side of a pair. */
  @SqlQuery(
      "SELECT "
          + PAIR_COLUMNS
          + " FROM round_pair WHERE round_id = :roundId AND member_a = :memberId"
          + " UNION ALL SELECT "
          + PAIR_COLUMNS
          + " FROM round_pair WHERE round_id = :roundId AND member_b = :memberId")
  List<RoundPair> pairsOf(long roundId, long memberId);

  @SqlQuery("SELECT " + PAIR_COLUMNS + " FROM round_pair WHERE id = :pairId")
  Optional<RoundPair> findPair(long pairId);

  /**
   * Pairs of rounds of weeks [{@code fromWeek}, {@code beforeWeek}) and warm introductions agreed
   * from {@code fromWeek} on. A warm introduction agreed in the week being computed, or later,
   * counts as the week before's: the round that follows it must not pair the two again.
   */
  @SqlQuery(
      """
      SELECT p.member_a, p.member_b,
          CASE WHEN p.round_id IS NULL THEN LEAST(p.week_number, :beforeWeek - 1)
               ELSE r.week_number END AS week_number
      FROM round_pair p LEFT JOIN round r ON r.id = p.round_id
      WHERE COALESCE(r.week_number, p.week_number) >= :fromWeek
        AND (p.round_id IS NULL OR r.week_number < :beforeWeek)
        AND p.member_a IS NOT NULL AND p.member_b IS NOT NULL
      """)
  List<PastPairRow> pairsBetweenWeeks(long fromWeek, long beforeWeek);

  /**
   * Records a member's answer once: a second click of either button changes nothing. Returns 1 when
   * this call recorded it, 0 when the member had answered already or is not one of the pair; of two
   * clicks racing, the second waits for the first's row lock and then matches no row.
   */
  @SqlUpdate(
      """
      UPDATE round_pair SET
          a_answer = CASE WHEN member_a = :memberId THEN :answer ELSE a_answer END,
          b_answer = CASE WHEN member_b = :memberId THEN :answer ELSE b_answer END
      WHERE id = :pairId
        AND ((member_a = :memberId AND a_answer IS NULL)
          OR (member_b = :memberId AND b_answer IS NULL))
      """)
  int recordAnswer(long pairId, long memberId, Answer answer);

  /** Marks the pair introduced; returns 0 if another process already did. */
  @SqlUpdate(
      """
      UPDATE round_pair SET introduced_at = :at, group_channel = :channel
      WHERE id = :pairId AND introduced_at IS NULL
      """)
  int markIntroduced(long pairId, Instant at, String channel);

  @SqlQuery(
      "SELECT "
          + PAIR_COLUMNS
          + """
           FROM round_pair
          WHERE introduced_at IS NOT NULL AND introduced_at <= :introducedBefore
            AND member_a IS NOT NULL AND member_b IS NOT NULL
          ORDER BY id
          """)
  List<RoundPair> introducedBefore(Instant introducedBefore);
}
