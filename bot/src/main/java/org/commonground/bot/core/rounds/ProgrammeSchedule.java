package org.commonground.bot.core.rounds;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import java.time.Instant;
import org.commonground.bot.core.programme.ProgrammeSource;

/**
 * The weekly round's db-scheduler schedule, read from the database each time the next run is worked
 * out: when a run ends, on whichever replica ran it, and when a replica starts. It is deterministic
 * (the same stored schedule gives the same times), so a replica starting after a change it missed
 * moves the next run to match. Runs that fall in a break are kept: they tell members why there is
 * no round.
 */
final class ProgrammeSchedule implements Schedule {

  private final ProgrammeSource programme;

  ProgrammeSchedule(ProgrammeSource programme) {
    this.programme = programme;
  }

  @Override
  public Instant getNextExecutionTime(ExecutionComplete executionComplete) {
    return programme.times().nextAfter(executionComplete.getTimeDone()).toInstant();
  }

  @Override
  public boolean isDeterministic() {
    return true;
  }

  @Override
  public String toString() {
    return "the stored schedule of the weekly round";
  }
}
