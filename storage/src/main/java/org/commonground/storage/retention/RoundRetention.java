package org.commonground.storage.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Anonymises rounds once they are older than the retention period: who was paired with whom, who
 * got which digest and who said what about meeting stop being recorded, while every count the
 * statistics show stays as it was.
 *
 * <p>Anonymised, in rounds computed before the cutoff: each pair's two members and its group DM;
 * each delivery's member, DM channel, message timestamp and last error; each "Did you meet?"
 * answer's member. Kept: the round's own figures (eligible, matched, pairs, score), each pair's
 * score, shared challenges, answers and when it was introduced, each delivery's status, reason for
 * no match and times, each meeting answer and its times.
 */
public final class RoundRetention {

  private static final String OLD_ROUNDS = "SELECT id FROM round WHERE computed_at < :cutoff";

  /** How many rows this run anonymised (rows done by an earlier run are not counted again). */
  public record Anonymised(int pairs, int deliveries, int meetingAnswers) {}

  private final Jdbi jdbi;
  private final Clock clock;

  public RoundRetention(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /** Anonymises rounds computed more than {@code months} calendar months ago. */
  public Anonymised anonymiseOlderThan(int months) {
    Instant cutoff = clock.instant().atZone(ZoneOffset.UTC).minusMonths(months).toInstant();
    return jdbi.inTransaction(
        handle -> {
          int answers =
              update(
                  handle,
                  "UPDATE meeting_feedback SET member_id = NULL WHERE member_id IS NOT NULL"
                      + " AND pair_id IN (SELECT id FROM round_pair WHERE round_id IN ("
                      + OLD_ROUNDS
                      + "))",
                  cutoff);
          int pairs =
              update(
                  handle,
                  """
                  UPDATE round_pair SET member_a = NULL, member_b = NULL, group_channel = NULL
                  WHERE (member_a IS NOT NULL OR member_b IS NOT NULL OR group_channel IS NOT NULL)
                    AND round_id IN ("""
                      + OLD_ROUNDS
                      + ")",
                  cutoff);
          int deliveries =
              update(
                  handle,
                  """
                  UPDATE round_member
                  SET member_id = NULL, dm_channel = NULL, message_ts = NULL, last_error = NULL
                  WHERE (member_id IS NOT NULL OR dm_channel IS NOT NULL OR message_ts IS NOT NULL
                      OR last_error IS NOT NULL)
                    AND round_id IN ("""
                      + OLD_ROUNDS
                      + ")",
                  cutoff);
          return new Anonymised(pairs, deliveries, answers);
        });
  }

  private static int update(Handle handle, String sql, Instant cutoff) {
    return handle.createUpdate(sql).bind("cutoff", cutoff).execute();
  }
}
