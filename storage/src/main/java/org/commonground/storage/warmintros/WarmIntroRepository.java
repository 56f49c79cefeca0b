package org.commonground.storage.warmintros;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.commonground.storage.members.MemberTagRow;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Warm introductions and the pairs they become; used only through {@link WarmIntros}. */
@RegisterConstructorMapper(WarmIntro.class)
@RegisterConstructorMapper(MemberTagRow.class)
interface WarmIntroRepository {

  String SELECT =
      """
      SELECT w.id, w.suggested_by, s.user_id AS suggester_user_id, w.suggested_at,
          w.outcome, w.member_a, w.member_b, w.note, w.expires_at, w.a_answer, w.b_answer,
          w.a_channel, w.a_ts, w.b_channel, w.b_ts, w.pair_id
      FROM warm_intro w LEFT JOIN member s ON s.id = w.suggested_by
      """;

  /** Locks members' rows, in id order so that two transactions never wait for each other. */
  @SqlQuery("SELECT id FROM member WHERE id IN (<ids>) ORDER BY id FOR UPDATE")
  List<Long> lock(@BindList("ids") List<Long> ids);

  /** When the member's latest {@code limit} suggestions after {@code since} were made. */
  @SqlQuery(
      """
      SELECT suggested_at FROM warm_intro WHERE suggested_by = :memberId AND suggested_at > :since
      ORDER BY suggested_at DESC LIMIT :limit
      """)
  List<Instant> latestSince(long memberId, Instant since, int limit);

  @SqlUpdate(
      """
      INSERT INTO warm_intro (suggested_by, suggested_at, outcome)
      VALUES (:memberId, :at, 'REFUSED')
      """)
  @GetGeneratedKeys("id")
  long insertAttempt(long memberId, Instant at);

  /**
   * Whether the two were paired by a round from {@code fromWeek} on or agreed to a warm
   * introduction since then, or were suggested to each other since {@code since}, or still are.
   */
  @SqlQuery(
      """
      SELECT
        (SELECT COUNT(*) FROM round_pair p LEFT JOIN round r ON r.id = p.round_id
          WHERE ((p.member_a = :a AND p.member_b = :b) OR (p.member_a = :b AND p.member_b = :a))
            AND COALESCE(r.week_number, p.week_number) >= :fromWeek)
        + (SELECT COUNT(*) FROM warm_intro w
          WHERE ((w.member_a = :a AND w.member_b = :b) OR (w.member_a = :b AND w.member_b = :a))
            AND (w.outcome = 'PENDING' OR w.suggested_at >= :since))
      """)
  int recentTogether(long a, long b, long fromWeek, Instant since);

  @SqlUpdate(
      """
      UPDATE warm_intro SET outcome = 'PENDING', member_a = :a, member_b = :b, note = :note,
          expires_at = :expiresAt
      WHERE id = :id AND outcome = 'REFUSED'
      """)
  int propose(long id, long a, long b, String note, Instant expiresAt);

  @SqlUpdate(
      """
      UPDATE warm_intro SET
          a_channel = CASE WHEN member_a = :memberId THEN :channel ELSE a_channel END,
          a_ts = CASE WHEN member_a = :memberId THEN :ts ELSE a_ts END,
          b_channel = CASE WHEN member_b = :memberId THEN :channel ELSE b_channel END,
          b_ts = CASE WHEN member_b = :memberId THEN :ts ELSE b_ts END
      WHERE id = :id
      """)
  int delivered(long id, long memberId, String channel, String ts);

  @SqlQuery(SELECT + " WHERE w.id = :id")
  Optional<WarmIntro> find(long id);

  /**
   * Records one of the two's first answer while the suggestion is open; 0 when they answered
   * already, are not one of the two, or it has closed. Of two answers racing, the second waits for
   * the first's row lock and then sees its answer.
   */
  @SqlUpdate(
      """
      UPDATE warm_intro SET
          a_answer = CASE WHEN member_a = :memberId THEN :answer ELSE a_answer END,
          b_answer = CASE WHEN member_b = :memberId THEN :answer ELSE b_answer END
      WHERE id = :id AND outcome = 'PENDING' AND expires_at > :now
        AND member_a IS NOT NULL AND member_b IS NOT NULL
        AND ((member_a = :memberId AND a_answer IS NULL)
          OR (member_b = :memberId AND b_answer IS NULL))
      """)
  int answer(long id, long memberId, WarmIntroAnswer answer, Instant now);

  @SqlQuery(
      """
      SELECT mt.member_id, mt.kind, mt.tag_id FROM member_tag mt JOIN tag t ON t.id = mt.tag_id
      WHERE t.status = 'ACTIVE' AND mt.member_id IN (:a, :b)
      """)
  List<MemberTagRow> activeTags(long a, long b);

  @SqlUpdate(
      """
      INSERT INTO round_pair (round_id, week_number, member_a, member_b, score, shared_challenges,
          a_offers_b, b_offers_a, a_answer, b_answer)
      VALUES (NULL, :weekNumber, :a, :b, 0, :shared, :aOffersB, :bOffersA, 'INTRO_ME', 'INTRO_ME')
      """)
  @GetGeneratedKeys("id")
  long insertPair(long a, long b, long weekNumber, String shared, String aOffersB, String bOffersA);

  @SqlUpdate(
      """
      UPDATE warm_intro SET outcome = 'AGREED', pair_id = :pairId, decided_at = :now
      WHERE id = :id AND outcome = 'PENDING'
      """)
  int agree(long id, long pairId, Instant now);

  @SqlUpdate(
      """
      UPDATE round_pair SET introduced_at = :at, group_channel = :channel
      WHERE id = :pairId AND introduced_at IS NULL
      """)
  int markIntroduced(long pairId, Instant at, String channel);

  @SqlQuery(SELECT + " WHERE w.outcome = 'PENDING' AND w.expires_at <= :now ORDER BY w.id")
  List<WarmIntro> due(Instant now);

  @SqlUpdate(
      """
      UPDATE warm_intro SET outcome = 'LAPSED', decided_at = :now
      WHERE id = :id AND outcome = 'PENDING' AND expires_at <= :now
      """)
  int lapse(long id, Instant now);

  @SqlUpdate("DELETE FROM warm_intro WHERE outcome = 'REFUSED' AND suggested_at <= :before")
  int forgetRefusedBefore(Instant before);
}
