package org.commonground.bot.core.privacy;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.LocalTime;
import java.time.ZoneId;
import org.commonground.storage.retention.RoundRetention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every night, on one replica, anonymises the pairs, deliveries and meeting answers of rounds older
 * than {@code RETENTION_MONTHS}: what {@link RoundRetention} lists goes, the counts stay.
 */
public final class RetentionTask {

  static final String TASK_NAME = "anonymise-old-rounds";
  private static final Logger log = LoggerFactory.getLogger(RetentionTask.class);

  private final RoundRetention retention;
  private final int months;
  private final ZoneId zone;

  public RetentionTask(RoundRetention retention, int months, ZoneId zone) {
    this.retention = retention;
    this.months = months;
    this.zone = zone;
  }

  /** Daily at 04:00, after the inactivity sweep. */
  public RecurringTask<Void> task() {
    return Tasks.recurring(TASK_NAME, Schedules.daily(zone, LocalTime.of(4, 0)))
        .execute((instance, context) -> run());
  }

  public RoundRetention.Anonymised run() {
    RoundRetention.Anonymised done = retention.anonymiseOlderThan(months);
    log.info(
        "Anonymised rounds older than {} months: {} pairs, {} digests, {} meeting answers, {} warm"
            + " introductions, {} sent-message records, {} outcome answers",
        months,
        done.pairs(),
        done.deliveries(),
        done.meetingAnswers(),
        done.warmIntros(),
        done.sentMessages(),
        done.outcomes());
    return done;
  }
}
