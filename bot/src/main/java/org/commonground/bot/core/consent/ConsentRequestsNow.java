package org.commonground.bot.core.consent;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceException;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Instant;
import java.util.Optional;
import org.commonground.bot.schedule.SchedulerDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the next run of {@link ConsentRequests} forward to now in db-scheduler's table, so that
 * when an admin changes the privacy notice, whichever replica picks the task up next asks members
 * to agree to it at once rather than at its next check.
 */
public final class ConsentRequestsNow implements Runnable {

  private static final Logger log = LoggerFactory.getLogger(ConsentRequestsNow.class);
  private static final TaskInstanceId REQUESTS =
      TaskInstanceId.of(ConsentRequests.TASK_NAME, RecurringTask.INSTANCE);

  private final SchedulerClient scheduler;

  ConsentRequestsNow(SchedulerClient scheduler) {
    this.scheduler = scheduler;
  }

  public static ConsentRequestsNow over(SchedulerDatabase database) {
    return new ConsentRequestsNow(database.client());
  }

  /**
   * A run under way reads the notice's version with each batch, so it asks for the new one too;
   * before any replica has started there is nothing to move, and the first to start asks at once.
   */
  @Override
  public void run() {
    Optional<ScheduledExecution<Object>> next = scheduler.getScheduledExecution(REQUESTS);
    if (next.isEmpty() || next.get().isPicked()) {
      return;
    }
    try {
      // db-scheduler's own clock, the one its polling compares against, not the app's.
      scheduler.reschedule(REQUESTS, Instant.now());
    } catch (TaskInstanceException runningNow) {
      log.info("Members are being asked to agree to the privacy notice already");
    }
  }
}
