package org.commonground.bot.schedule;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceException;
import com.github.kagkarlsson.scheduler.task.NextExecutionTime;
import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import java.util.List;

/**
 * Runs the app's recurring work through db-scheduler, so that with several replicas on one database
 * each run happens on exactly one of them, and a run cut short by a crash is picked up again by a
 * live replica.
 */
public final class BackgroundTasks implements AutoCloseable {

  /**
   * A replica that misses this many heartbeats is taken for dead and its work resumed elsewhere:
   * two minutes here, rather than db-scheduler's default half hour.
   */
  static final Duration HEARTBEAT = Duration.ofSeconds(30);

  static final int MISSED_HEARTBEATS_LIMIT = 4;
  private static final Duration POLLING_INTERVAL = Duration.ofSeconds(10);

  /**
   * How long a stop waits for running work before interrupting it, and then again after: long work
   * watches the app's {@link StopSignal} and ends within a second, so this only bounds a stop when
   * a call hangs. db-scheduler's default is half an hour.
   */
  private static final Duration SHUTDOWN_MAX_WAIT = Duration.ofSeconds(5);

  private final Scheduler scheduler;

  public BackgroundTasks(SchedulerDatabase database, List<RecurringTask<?>> recurring) {
    this.scheduler =
        database
            .scheduler()
            .startTasks(List.copyOf(recurring))
            .threads(2)
            .pollingInterval(POLLING_INTERVAL)
            .heartbeatInterval(HEARTBEAT)
            .missedHeartbeatsLimit(MISSED_HEARTBEATS_LIMIT)
            .shutdownMaxWait(SHUTDOWN_MAX_WAIT)
            .build();
  }

  /**
   * Brings the next run of the recurring task {@code name} forward to now. Call it before {@link
   * #start()}: once started, the scheduler may be picking the task at the same moment.
   */
  public void runAtStart(String name) {
    TaskInstance<Void> instance = new TaskInstance<>(name, RecurringTask.INSTANCE);
    try {
      scheduler.reschedule(SchedulableInstance.of(instance, NextExecutionTime.from(now -> now)));
    } catch (TaskInstanceException notScheduledOrRunning) {
      // Not scheduled yet, and start() schedules a fixed-delay task's first run for now; or
      // running already, on another replica or one that died. Either way nothing is to be done.
    }
  }

  public void start() {
    scheduler.start();
  }

  /** Stops polling and lets running executions finish, all before the database is closed. */
  @Override
  public void close() {
    scheduler.stop();
  }
}
