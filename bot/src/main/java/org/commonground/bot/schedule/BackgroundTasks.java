package org.commonground.bot.schedule;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;

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

  private final Scheduler scheduler;

  public BackgroundTasks(DataSource dataSource, List<RecurringTask<?>> recurring) {
    this.scheduler =
        Scheduler.create(dataSource)
            .startTasks(List.copyOf(recurring))
            .threads(2)
            .pollingInterval(POLLING_INTERVAL)
            .heartbeatInterval(HEARTBEAT)
            .missedHeartbeatsLimit(MISSED_HEARTBEATS_LIMIT)
            .build();
  }

  public void start() {
    scheduler.start();
  }

  /** Stops polling and waits briefly for running executions to finish. */
  @Override
  public void close() {
    scheduler.stop();
  }
}
