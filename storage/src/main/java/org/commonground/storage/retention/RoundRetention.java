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
 * answer's member; each "What came of it?" answer's member, story and sectors; each warm
 * introduction agreed or lapsed before the cutoff, with its pair: who suggested it, whom it named,
 * its note and DMs; and where each DM with buttons sent before the cutoff landed. Kept: the round's
 * own figures (eligible, matched, pairs, score), each pair's score, shared challenges, answers and
 * when it was introduced, each delivery's status, reason for no match and times, each meeting
 * answer and its times, each outcome's kind and time.
 */
public final class RoundRetention {

  private static final String OLD_ROUNDS = "SELECT id FROM round WHERE computed_at < :cutoff";

  /**
   * Pairs of old rounds, and pairs warm introductions became that were agreed before the cutoff.
   */
  private static final String OLD_PAIRS =
      "SELECT id FROM round_pair WHERE round_id IN ("
          + OLD_ROUNDS
          + ") UNION SELECT pair_id FROM warm_intro WHERE pair_id IS NOT NULL"
          + " AND decided_at < :cutoff";

  /** How many rows this run anonymised (rows done by an earlier run are not counted again). */
  public record Anonymised(
      int pairs,
      int deliveries,
      int meetingAnswers,
      int warmIntros,
      int sentMessages,
      int outcomes) {}

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
                      + " AND pair_id IN ("
                      + OLD_PAIRS
                      + ")",
                  cutoff);
          // A story is its member's words about a pair that is no longer recorded: it goes, and the
          // kind stays for the counts.
          int outcomes =
              update(
                  handle,
                  """
                  UPDATE meeting_outcome SET member_id = NULL, story = NULL, shareable = FALSE,
                      sector = NULL, other_sector = NULL
                  WHERE (member_id IS NOT NULL OR story IS NOT NULL OR sector IS NOT NULL
                      OR other_sector IS NOT NULL)
                    AND pair_id IN ("""
                      + OLD_PAIRS
                      + ")",
                  cutoff);
          int pairs =
              update(
                  handle,
                  """
                  UPDATE round_pair SET member_a = NULL, member_b = NULL, group_channel = NULL
                  WHERE (member_a IS NOT NULL OR member_b IS NOT NULL OR group_channel IS NOT NULL)
                    AND id IN ("""
                      + OLD_PAIRS
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
          // Decided suggestions lose who made them, whom they named, the note and their DMs; the
          // outcome and times stay for the statistics. Pending ones are never this old: they
          // lapse within days.
          int warmIntros =
              update(
                  handle,
                  """
                  UPDATE warm_intro SET suggested_by = NULL, member_a = NULL, member_b = NULL,
                      note = NULL, a_channel = NULL, a_ts = NULL, b_channel = NULL, b_ts = NULL
                  WHERE outcome IN ('AGREED', 'LAPSED') AND decided_at < :cutoff
                    AND (suggested_by IS NOT NULL OR member_a IS NOT NULL OR member_b IS NOT NULL
                      OR note IS NOT NULL OR a_channel IS NOT NULL OR b_channel IS NOT NULL)
                  """,
                  cutoff);
          // Where each DM with buttons landed is kept only so a click acts on its own message; a
          // click on one this old has nothing left to act on.
          int sentMessages =
              update(handle, "DELETE FROM sent_message WHERE sent_at < :cutoff", cutoff);
          return new Anonymised(pairs, deliveries, answers, warmIntros, sentMessages, outcomes);
        });
  }

  private static int update(Handle handle, String sql, Instant cutoff) {
    return handle.createUpdate(sql).bind("cutoff", cutoff).execute();
  }
}
