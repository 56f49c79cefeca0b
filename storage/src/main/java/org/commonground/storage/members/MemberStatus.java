package org.commonground.storage.members;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.ToIntFunction;
import org.jdbi.v3.core.Jdbi;

/**
 * The parts of a member's row that change outside the profile form: settings, pauses, activity and
 * what Slack says about the person; each method one transaction. Anything the member does
 * themselves counts as activity and withdraws an inactivity warning.
 */
public final class MemberStatus {

  /**
   * The last paused day of a member paused until they choose to resume, set when they stopped
   * answering their matches; members themselves can pause for at most a year.
   */
  public static final LocalDate UNTIL_RESUMED = MemberStatusRepository.UNTIL_RESUMED;

  private final Jdbi jdbi;

  public MemberStatus(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /**
   * @return false when they are not a member
   */
  public boolean setMatchesPerWeek(String userId, int matchesPerWeek, Instant now) {
    return status(s -> s.setMatchesPerWeek(userId, matchesPerWeek, now)) > 0;
  }

  /**
   * Pauses through {@code lastPausedDay}, or resumes when it is null.
   *
   * @return false when they are not a member
   */
  public boolean setPausedUntil(String userId, LocalDate lastPausedDay, Instant now) {
    return status(s -> s.setPausedUntil(userId, lastPausedDay, now)) > 0;
  }

  public void markActive(String userId, Instant now) {
    status(s -> s.markActive(userId, now));
  }

  /** Takes a person Slack reports as deleted or deactivated out of future rounds, or back in. */
  public void updateFromSlack(String userId, boolean deactivated, String name, String title) {
    status(s -> s.updateFromSlack(userId, deactivated, name, title));
  }

  /** Members not active since {@code cutoff} and not yet warned about it. */
  public List<String> inactiveAndNotWarned(Instant cutoff) {
    return jdbi.withExtension(MemberStatusRepository.class, s -> s.inactiveAndNotWarned(cutoff));
  }

  /** Records the warning; false when another run warned the member first. */
  public boolean markWarned(String userId, Instant now) {
    return status(s -> s.markWarned(userId, now)) == 1;
  }

  public List<String> warnedBefore(Instant cutoff) {
    return jdbi.withExtension(MemberStatusRepository.class, s -> s.warnedBefore(cutoff));
  }

  private int status(ToIntFunction<MemberStatusRepository> update) {
    return jdbi.inTransaction(
        handle -> update.applyAsInt(handle.attach(MemberStatusRepository.class)));
  }
}
