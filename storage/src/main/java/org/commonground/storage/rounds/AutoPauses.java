package org.commonground.storage.rounds;

import java.time.LocalDate;
import java.util.List;
import org.commonground.storage.members.MemberStatus;
import org.jdbi.v3.core.Jdbi;

/**
 * Members who answered none of their last matches, and pausing them until they resume; each method
 * one transaction.
 */
public final class AutoPauses {

  private final Jdbi jdbi;

  public AutoPauses(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Members silent before the round of {@code weekNumber}, held on {@code day}. */
  public List<QuietMember> silentBefore(long weekNumber, LocalDate day) {
    return jdbi.withExtension(AutoPauseRepository.class, r -> r.silentBefore(weekNumber, day));
  }

  /**
   * Pauses the member until they resume, once for the week.
   *
   * @return false when they are paused already or were paused before this week's round
   */
  public boolean pauseUntilResumed(long memberId, long weekNumber, LocalDate day) {
    return jdbi.inTransaction(
            handle ->
                handle
                    .attach(AutoPauseRepository.class)
                    .pause(memberId, weekNumber, day, MemberStatus.UNTIL_RESUMED))
        == 1;
  }
}
