package org.commonground.bot.core.rounds;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceException;
import com.github.kagkarlsson.scheduler.task.NextExecutionTime;
import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Instant;
import java.util.Optional;
import org.commonground.bot.core.programme.ProgrammeSource;
import org.commonground.bot.core.programme.RoundTimer;
import org.commonground.bot.schedule.SchedulerDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves the weekly round's next run in db-scheduler's table, which every replica's scheduler polls,
 * so a saved schedule applies everywhere at the next poll. The new time is worked out with
 * db-scheduler's own clock, the one its polling compares against.
 */
public final class WeeklyRoundTimer implements RoundTimer {

  private static final Logger log = LoggerFactory.getLogger(WeeklyRoundTimer.class);
  private static final TaskInstance<Void> INSTANCE =
      new TaskInstance<>(RoundTasks.WEEKLY_ROUND, RecurringTask.INSTANCE);

  private final SchedulerClient scheduler;
  private final ProgrammeSchedule schedule;

  WeeklyRoundTimer(SchedulerClient scheduler, ProgrammeSource programme) {
    this.scheduler = scheduler;
    this.schedule = new ProgrammeSchedule(programme);
  }

  /** A timer that writes to the scheduler's table in {@code database}. */
  public static WeeklyRoundTimer over(SchedulerDatabase database, ProgrammeSource programme) {
    return new WeeklyRoundTimer(database.client(), programme);
  }

  /**
   * A run that is due or under way is left to finish: when it ends, db-scheduler asks the schedule
   * for the next, which reads what was saved. Nothing scheduled yet means no replica has started;
   * the first to start schedules from what was saved.
   */
  @Override
  public void programmeChanged() {
    Optional<ScheduledExecution<Object>> next = scheduler.getScheduledExecution(INSTANCE);
    if (next.isEmpty() || next.get().isPicked()) {
      return;
    }
    Instant current = next.get().getExecutionTime();
    try {
      scheduler.reschedule(
          SchedulableInstance.of(
              INSTANCE,
              NextExecutionTime.from(
                  now -> current.isAfter(now) ? schedule.getInitialExecutionTime(now) : current)));
    } catch (TaskInstanceException pickedMeanwhile) {
      log.info("The weekly round started while its schedule changed; its next run follows it");
    }
  }
}
