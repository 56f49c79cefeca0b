package org.commonground.storage.rounds;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** A member's own matches, newest first, for their App Home. */
@RegisterConstructorMapper(MemberPairRow.class)
interface MemberPairsRepository {

  @SqlQuery(
      """
      SELECT p.id AS pair_id, r.week, r.week_number,
          CASE WHEN p.member_a = :memberId THEN p.member_b ELSE p.member_a END AS partner_id,
          CASE WHEN p.member_a = :memberId THEN p.a_answer ELSE p.b_answer END AS my_answer,
          CASE WHEN p.member_a = :memberId THEN p.b_answer ELSE p.a_answer END AS partner_answer,
          p.introduced_at,
          (SELECT f.answer FROM meeting_feedback f
            WHERE f.pair_id = p.id AND f.member_id = :memberId AND f.answer IS NOT NULL
            ORDER BY f.id DESC LIMIT 1) AS met
      FROM round_pair p JOIN round r ON r.id = p.round_id
      WHERE p.member_a = :memberId OR p.member_b = :memberId
      ORDER BY r.week_number DESC, p.id
      LIMIT :limit
      """)
  List<MemberPairRow> latest(long memberId, int limit);
}
