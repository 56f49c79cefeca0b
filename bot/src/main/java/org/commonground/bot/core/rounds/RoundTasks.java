package org.commonground.bot.core.rounds;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.ZoneId;
import java.util.List;

/** The round's recurring work, under stable task names that every replica shares. */
public final class RoundTasks {

  public static final String WEEKLY_ROUND = "weekly-round";
  public static final String FINISH_DELIVERY = "finish-digest-delivery";

  private RoundTasks() {}

  public static List<RecurringTask<?>> of(WeeklyRound round, String cron, ZoneId zone) {
    return List.of(
        Tasks.recurring(WEEKLY_ROUND, Schedules.cron(cron, zone))
            .execute((instance, context) -> runInterruptibly(round::run)),
        Tasks.recurring(FINISH_DELIVERY, FixedDelay.ofMinutes(5))
            .execute((instance, context) -> runInterruptibly(round::resumeLatest)));
  }

  /** Work that may be interrupted when the scheduler stops. */
  @FunctionalInterface
  interface Interruptible {
    Object run() throws InterruptedException;
  }

  private static void runInterruptibly(Interruptible work) {
    try {
      work.run();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
