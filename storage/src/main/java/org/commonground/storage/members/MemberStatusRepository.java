package org.commonground.storage.members;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The parts of a member's row that change outside the profile form: settings, pauses, activity and
 * what Slack says about the person. Anything the member does themselves counts as activity and
 * withdraws an inactivity warning.
 *
 * <p>A member is paused on every day up to and including {@code paused_until}; once that date is
 * past they are back in the rounds with nothing to run.
 */
interface MemberStatusRepository {

  /**
   * The {@code paused_until} of a member paused until they choose to resume, set when they stopped
   * answering their matches; members themselves can pause for at most a year.
   */
  LocalDate UNTIL_RESUMED = LocalDate.of(9999, 12, 31);

  @SqlUpdate(
      """
      UPDATE member SET matches_per_week = :matchesPerWeek, updated_at = :now,
          last_active_at = :now, inactivity_warned_at = NULL
      WHERE user_id = :userId
      """)
  int setMatchesPerWeek(String userId, int matchesPerWeek, Instant now);

  /** Pauses through {@code lastPausedDay}, or resumes when it is null. */
  @SqlUpdate(
      """
      UPDATE member SET paused_until = :lastPausedDay, updated_at = :now,
          last_active_at = :now, inactivity_warned_at = NULL
      WHERE user_id = :userId
      """)
  int setPausedUntil(String userId, LocalDate lastPausedDay, Instant now);

  @SqlUpdate(
      """
      UPDATE member SET last_active_at = :now, inactivity_warned_at = NULL
      WHERE user_id = :userId
      """)
  int markActive(String userId, Instant now);

  /** Takes a person Slack reports as deleted or deactivated out of future rounds, or back in. */
  @SqlUpdate(
      """
      UPDATE member SET deactivated = :deactivated, slack_name = :name, slack_title = :title
      WHERE user_id = :userId
      """)
  int updateFromSlack(String userId, boolean deactivated, String name, String title);

  @SqlQuery(
      """
      SELECT user_id FROM member
      WHERE inactivity_warned_at IS NULL AND COALESCE(last_active_at, updated_at) < :cutoff
      ORDER BY id
      """)
  List<String> inactiveAndNotWarned(Instant cutoff);

  /** Records the warning; 0 when another run warned the member first. */
  @SqlUpdate(
      """
      UPDATE member SET inactivity_warned_at = :now
      WHERE user_id = :userId AND inactivity_warned_at IS NULL
      """)
  int markWarned(String userId, Instant now);

  @SqlQuery("SELECT user_id FROM member WHERE inactivity_warned_at < :cutoff ORDER BY id")
  List<String> warnedBefore(Instant cutoff);
}
