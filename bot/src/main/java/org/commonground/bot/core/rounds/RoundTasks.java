package org.commonground.bot.core.rounds;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.util.List;
import org.commonground.bot.core.programme.ProgrammeSource;

/** The round's recurring work, under stable task names that every replica shares. */
public final class RoundTasks {

  public static final String WEEKLY_ROUND = "weekly-round";
  public static final String FINISH_DELIVERY = "finish-digest-delivery";

  private RoundTasks() {}

  /**
   * The round at the times the stored programme gives, and every few minutes the rest of what a
   * stop cut short.
   */
  public static List<RecurringTask<?>> of(ScheduledRound round, ProgrammeSource programme) {
    return List.of(
        Tasks.recurring(WEEKLY_ROUND, new ProgrammeSchedule(programme))
            .execute((instance, context) -> round.run()),
        Tasks.recurring(FINISH_DELIVERY, FixedDelay.ofMinutes(5))
            .execute((instance, context) -> round.resume()));
  }
}
