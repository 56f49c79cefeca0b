package org.commonground.bot.core.programme;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When the weekly round's task runs, breaks aside: a day and time each week as an admin saved it,
 * or until one has, what the environment's {@code DIGEST_CRON} says.
 */
public sealed interface RoundTimes permits WeeklySchedule, CronTimes {

  ZoneId zone();

  /** The first run strictly after {@code instant}, in {@link #zone()}. */
  ZonedDateTime nextAfter(Instant instant);

  /** For admins, such as "Mondays at 09:00 (Europe/London)". */
  String inWords();

  /**
   * The environment's schedule: a {@link WeeklySchedule} when {@code DIGEST_CRON} names one day and
   * time a week, as it does unless an operator wrote something else, and otherwise the cron as it
   * is, so that an unusual schedule an operator chose keeps working until an admin saves a day and
   * time.
   *
   * @param cron six-field cron, as {@link org.commonground.bot.config.Settings#digestCron()} holds
   */
  static RoundTimes fromEnvironment(String cron, ZoneId zone) {
    return WeeklySchedule.fromCron(cron, zone)
        .<RoundTimes>map(weekly -> weekly)
        .orElseGet(() -> new CronTimes(cron, zone));
  }
}
