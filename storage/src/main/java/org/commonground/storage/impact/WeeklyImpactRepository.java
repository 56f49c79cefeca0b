package org.commonground.storage.impact;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The network's figures round by round, for the last {@code rounds} rounds, oldest first. Counts
 * are read from rows that retention and deleted profiles leave in place (round figures, each pair's
 * answers and when it was introduced, each meeting answer), so old weeks keep their numbers.
 */
@RegisterConstructorMapper(RoundParticipation.class)
@RegisterConstructorMapper(RoundResponses.class)
@RegisterConstructorMapper(WeekMeetings.class)
interface WeeklyImpactRepository {

  String RECENT =
      """
      WITH recent AS (
        SELECT id, week, week_number FROM round ORDER BY week_number DESC LIMIT :rounds
      )
      """;

  @SqlQuery(
      """
      SELECT week, week_number, eligible, matched, members, paused FROM (
        SELECT week, week_number, eligible, matched, members, paused
        FROM round ORDER BY week_number DESC LIMIT :rounds
      ) recent
      ORDER BY week_number
      """)
  List<RoundParticipation> participation(int rounds);

  @SqlQuery(
      RECENT
          + """
          SELECT r.week, r.week_number, COUNT(p.id) AS offered,
              COALESCE(SUM(CASE WHEN p.a_answer = 'INTRO_ME' OR p.b_answer = 'INTRO_ME'
                                THEN 1 ELSE 0 END), 0) AS intro_me,
              COALESCE(SUM(CASE WHEN p.a_answer = 'INTRO_ME' AND p.b_answer = 'INTRO_ME'
                                THEN 1 ELSE 0 END), 0) AS both_intro_me,
              COALESCE(SUM(CASE WHEN p.a_answer = 'NOT_FOR_ME' OR p.b_answer = 'NOT_FOR_ME'
                                THEN 1 ELSE 0 END), 0) AS not_for_me
          FROM recent r LEFT JOIN round_pair p ON p.round_id = r.id
          GROUP BY r.id, r.week, r.week_number
          ORDER BY r.week_number
          """)
  List<RoundResponses> responses(int rounds);

  /** A round's pairs count in its week, a warm introduction in the week it was agreed. */
  @SqlQuery(
      RECENT
          + """
          , answers AS (
            SELECT p.id, COALESCE(r.week_number, p.week_number) AS week_number,
                SUM(CASE WHEN f.answer = 'YES' THEN 1 ELSE 0 END) AS said_yes,
                SUM(CASE WHEN f.answer = 'NOT_YET' THEN 1 ELSE 0 END) AS said_not_yet,
                SUM(CASE WHEN f.answer = 'NO' THEN 1 ELSE 0 END) AS said_no
            FROM round_pair p
            LEFT JOIN round r ON r.id = p.round_id
            LEFT JOIN meeting_feedback f ON f.pair_id = p.id
            WHERE p.introduced_at IS NOT NULL
              AND COALESCE(r.week_number, p.week_number)
                  >= (SELECT MIN(week_number) FROM recent)
            GROUP BY p.id, COALESCE(r.week_number, p.week_number)
          )
          SELECT w.week, w.week_number, COUNT(a.id) AS introduced,
              COALESCE(SUM(CASE WHEN a.said_yes > 0 THEN 1 ELSE 0 END), 0) AS met,
              COALESCE(SUM(CASE WHEN a.said_yes = 0 AND a.said_no = 0 AND a.said_not_yet > 0
                                THEN 1 ELSE 0 END), 0) AS not_yet,
              COALESCE(SUM(CASE WHEN a.said_yes = 0 AND a.said_no > 0 THEN 1 ELSE 0 END), 0)
                  AS did_not_meet,
              COALESCE(SUM(CASE WHEN a.said_yes + a.said_no + a.said_not_yet = 0
                                THEN 1 ELSE 0 END), 0) AS no_answer
          FROM recent w LEFT JOIN answers a ON a.week_number = w.week_number
          GROUP BY w.week, w.week_number
          ORDER BY w.week_number
          """)
  List<WeekMeetings> meetings(int rounds);
}
