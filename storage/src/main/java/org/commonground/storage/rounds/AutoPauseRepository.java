package org.commonground.storage.rounds;

import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Members who stopped answering: in each of the last three rounds before a week they were sent a
 * digest with at least one match and answered none of them (neither <i>Intro me</i> nor <i>Not for
 * me</i>). They are paused until they resume, so that introductions go to people who want them.
 */
@RegisterConstructorMapper(QuietMember.class)
interface AutoPauseRepository {

  /**
   * Members silent through the three rounds before {@code weekNumber}, active and not paused on
   * {@code day}, and not already paused before this week's round (so a rerun pauses nobody twice,
   * and someone who resumed stays in).
   */
  @SqlQuery(
      """
      WITH recent AS (
        SELECT id FROM round WHERE week_number < :weekNumber ORDER BY week_number DESC LIMIT 3
      ), matched AS (
        SELECT p.round_id, p.member_a AS member_id, p.a_answer AS answer
        FROM round_pair p JOIN recent r ON r.id = p.round_id
        UNION ALL
        SELECT p.round_id, p.member_b AS member_id, p.b_answer AS answer
        FROM round_pair p JOIN recent r ON r.id = p.round_id
      )
      SELECT m.id, m.user_id
      FROM matched x
      JOIN member m ON m.id = x.member_id
      JOIN round_member rm ON rm.round_id = x.round_id AND rm.member_id = x.member_id
      WHERE rm.status = 'SENT' AND NOT m.deactivated
        AND (m.paused_until IS NULL OR m.paused_until < :day)
        AND (m.auto_paused_week IS NULL OR m.auto_paused_week <> :weekNumber)
      GROUP BY m.id, m.user_id
      HAVING COUNT(DISTINCT x.round_id) = 3 AND COUNT(x.answer) = 0
      ORDER BY m.id
      """)
  List<QuietMember> silentBefore(long weekNumber, LocalDate day);

  /**
   * Pauses the member until they resume, once per week; 0 when they are paused already or were
   * paused before this week's round.
   */
  @SqlUpdate(
      """
      UPDATE member SET paused_until = :until, auto_paused_week = :weekNumber
      WHERE id = :memberId AND (paused_until IS NULL OR paused_until < :day)
        AND (auto_paused_week IS NULL OR auto_paused_week <> :weekNumber)
      """)
  int pause(long memberId, long weekNumber, LocalDate day, LocalDate until);
}
