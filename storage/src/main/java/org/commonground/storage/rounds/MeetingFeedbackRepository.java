package org.commonground.storage.rounds;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * "Did you meet?": one question per member of an introduced pair, asked once and, after "Not yet",
 * once more. An answer is taken while none is recorded, or when the recorded "Not yet" is older
 * than the question asked again; so a second click on either message changes nothing.
 */
@RegisterConstructorMapper(MeetingQuestion.class)
@RegisterConstructorMapper(MeetingOutcome.class)
@RegisterConstructorMapper(MeetingCounts.class)
@RegisterConstructorMapper(MeetingFeedbackRepository.PairMember.class)
interface MeetingFeedbackRepository {

  /** One member of an introduced pair. */
  record PairMember(long pairId, long memberId) {}

  String QUESTION =
      """
      SELECT f.id, f.pair_id, m.user_id, o.user_id AS other_user_id,
          f.times_asked, f.answer
      FROM meeting_feedback f
      JOIN member m ON m.id = f.member_id
      JOIN round_pair p ON p.id = f.pair_id
      LEFT JOIN member o ON o.id = CASE WHEN p.member_a = f.member_id THEN p.member_b
                                        ELSE p.member_a END
      """;

  /**
   * Members of pairs introduced in [{@code from}, {@code before}] not asked yet, both still here.
   */
  @SqlQuery(
      """
      SELECT p.id AS pair_id, m.id AS member_id
      FROM round_pair p JOIN member m ON m.id = p.member_a OR m.id = p.member_b
      WHERE p.introduced_at >= :from AND p.introduced_at <= :before
        AND p.member_a IS NOT NULL AND p.member_b IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM meeting_feedback f
                        WHERE f.pair_id = p.id AND f.member_id = m.id)
      ORDER BY p.id, m.id
      """)
  List<PairMember> notAskedIntroducedBetween(Instant from, Instant before);

  /** Records the question as asked; 0 when it already was. */
  @SqlUpdate(
      """
      INSERT INTO meeting_feedback (pair_id, member_id, asked_at, times_asked)
      SELECT :pairId, :memberId, :at, 1
      WHERE NOT EXISTS (SELECT 1 FROM meeting_feedback
                        WHERE pair_id = :pairId AND member_id = :memberId)
      """)
  int ask(long pairId, long memberId, Instant at);

  @SqlQuery(QUESTION + " WHERE f.pair_id = :pairId AND f.member_id = :memberId")
  Optional<MeetingQuestion> find(long pairId, long memberId);

  @SqlQuery(QUESTION + " WHERE f.id = :id")
  Optional<MeetingQuestion> findById(long id);

  /** "Not yet" answers given before {@code answeredBefore} and not asked again yet. */
  @SqlQuery(
      QUESTION
          + """
           WHERE f.answer = 'NOT_YET' AND f.times_asked = 1 AND f.answered_at <= :answeredBefore
            AND o.id IS NOT NULL
          ORDER BY f.id
          """)
  List<MeetingQuestion> notYetAnsweredBefore(Instant answeredBefore);

  /** Asks a "Not yet" again; 0 when it already was. */
  @SqlUpdate(
      """
      UPDATE meeting_feedback SET times_asked = 2, asked_at = :at
      WHERE id = :id AND times_asked = 1 AND answer = 'NOT_YET'
      """)
  int askAgain(long id, Instant at);

  /** Records the answer of the member asked; 0 when it is not theirs to give or was given. */
  @SqlUpdate(
      """
      UPDATE meeting_feedback SET answer = :answer, answered_at = :at
      WHERE id = :id
        AND member_id = (SELECT id FROM member WHERE user_id = :userId)
        AND (answer IS NULL OR (answer = 'NOT_YET' AND answered_at < asked_at))
      """)
  int answer(long id, String userId, MeetingAnswer answer, Instant at);

  /** What the member said about their introductions, newest first. */
  @SqlQuery(
      """
      SELECT f.pair_id, o.user_id AS other_user_id, p.introduced_at, f.answer,
          f.answered_at
      FROM meeting_feedback f
      JOIN member m ON m.id = f.member_id
      JOIN round_pair p ON p.id = f.pair_id
      LEFT JOIN member o ON o.id = CASE WHEN p.member_a = f.member_id THEN p.member_b
                                        ELSE p.member_a END
      WHERE m.user_id = :userId AND f.answer IS NOT NULL
      ORDER BY p.introduced_at DESC, f.pair_id DESC
      """)
  List<MeetingOutcome> reportedBy(String userId);

  @SqlQuery(
      """
      SELECT COUNT(*) AS introduced,
          COALESCE(SUM(CASE WHEN said_yes > 0 THEN 1 ELSE 0 END), 0) AS met,
          COALESCE(SUM(CASE WHEN said_yes = 0 AND said_no = 0 AND said_not_yet > 0
                            THEN 1 ELSE 0 END), 0) AS not_yet,
          COALESCE(SUM(CASE WHEN said_yes = 0 AND said_no > 0 THEN 1 ELSE 0 END), 0)
              AS did_not_meet,
          COALESCE(SUM(CASE WHEN round_id IS NULL THEN 1 ELSE 0 END), 0) AS warm
      FROM (SELECT p.id, p.round_id,
                SUM(CASE WHEN f.answer = 'YES' THEN 1 ELSE 0 END) AS said_yes,
                SUM(CASE WHEN f.answer = 'NOT_YET' THEN 1 ELSE 0 END) AS said_not_yet,
                SUM(CASE WHEN f.answer = 'NO' THEN 1 ELSE 0 END) AS said_no
            FROM round_pair p LEFT JOIN meeting_feedback f ON f.pair_id = p.id
            WHERE p.introduced_at IS NOT NULL
            GROUP BY p.id, p.round_id) answers
      """)
  MeetingCounts counts();
}
