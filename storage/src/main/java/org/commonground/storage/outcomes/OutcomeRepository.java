package org.commonground.storage.outcomes;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * "What came of it?": one answer per member of a pair, given after they said yes to "Did you
 * meet?", to the question of that "yes" (a {@code meeting_feedback} row).
 */
@RegisterConstructorMapper(OutcomeAnswer.class)
@RegisterConstructorMapper(KindCount.class)
@RegisterConstructorMapper(SharedStory.class)
interface OutcomeRepository {

  /** Holds the question until the transaction ends, so two answers to it take turns. */
  @SqlQuery("SELECT id FROM meeting_feedback WHERE id = :questionId FOR UPDATE")
  Optional<Long> lock(long questionId);

  /**
   * Records the answer when the question is the member's, they said yes to it and gave no answer
   * yet; 0 otherwise. The two sectors are copied as they stand now.
   */
  @SqlUpdate(
      """
      INSERT INTO meeting_outcome
          (pair_id, member_id, kind, story, shareable, sector, other_sector, answered_at)
      SELECT f.pair_id, f.member_id, :answer.kind, :answer.story, :answer.shareable,
          m.sector, o.sector, :at
      FROM meeting_feedback f
      JOIN member m ON m.id = f.member_id
      JOIN round_pair p ON p.id = f.pair_id
      LEFT JOIN member o ON o.id = CASE WHEN p.member_a = f.member_id THEN p.member_b
                                        ELSE p.member_a END
      WHERE f.id = :questionId AND m.user_id = :userId AND f.answer = 'YES'
        AND NOT EXISTS (SELECT 1 FROM meeting_outcome x
                        WHERE x.pair_id = f.pair_id AND x.member_id = f.member_id)
      """)
  int record(
      long questionId, String userId, @BindMethods("answer") OutcomeAnswer answer, Instant at);

  /** The member's answer about the pair of this question, if they gave one. */
  @SqlQuery(
      """
      SELECT x.kind, x.story, x.shareable
      FROM meeting_outcome x
      JOIN meeting_feedback f ON f.pair_id = x.pair_id AND f.member_id = x.member_id
      JOIN member m ON m.id = f.member_id
      WHERE f.id = :questionId AND m.user_id = :userId
      """)
  Optional<OutcomeAnswer> find(long questionId, String userId);

  /** Answers given in [{@code from}, {@code until}), per kind; kinds nobody gave are missing. */
  @SqlQuery(
      """
      SELECT kind, COUNT(*) AS count FROM meeting_outcome
      WHERE answered_at >= :from AND answered_at < :until
      GROUP BY kind
      """)
  List<KindCount> counts(Instant from, Instant until);

  @SqlQuery(
      """
      SELECT story, sector, other_sector, answered_at FROM meeting_outcome
      WHERE shareable = TRUE AND story IS NOT NULL
        AND answered_at >= :from AND answered_at < :until
      ORDER BY answered_at DESC, id DESC
      """)
  List<SharedStory> sharedStories(Instant from, Instant until);
}
