package org.commonground.bot.core.programme;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.schedule.CronSchedule;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The environment's {@code DIGEST_CRON} when it is more than one day and time a week, run as
 * db-scheduler runs any cron.
 *
 * @param cron six-field cron, already checked by {@link org.commonground.bot.config.Settings}
 */
public record CronTimes(String cron, ZoneId zone) implements RoundTimes {

  @Override
  public ZonedDateTime nextAfter(Instant instant) {
    return new CronSchedule(cron, zone)
        .getNextExecutionTime(ExecutionComplete.simulatedSuccess(instant))
        .atZone(zone);
  }

  @Override
  public String inWords() {
    return "as DIGEST_CRON says, " + cron + " (" + zone.getId() + ")";
  }
}
