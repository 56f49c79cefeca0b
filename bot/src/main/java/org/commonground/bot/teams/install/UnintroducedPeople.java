package org.commonground.bot.teams.install;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.commonground.storage.teams.TeamsUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forgets, every night, the Teams people who added the app a month ago or more and never introduced
 * themselves: installing gives the app their name and work email, which it keeps only while they
 * might still join.
 */
public final class UnintroducedPeople {

  static final String TASK_NAME = "forget-unintroduced-teams-people";
  static final Duration KEPT_FOR = Duration.ofDays(30);
  private static final Logger log = LoggerFactory.getLogger(UnintroducedPeople.class);

  private final TeamsUsers users;
  private final Clock clock;

  public UnintroducedPeople(TeamsUsers users, Clock clock) {
    this.users = users;
    this.clock = clock;
  }

  /** Every night at 03:30, on one replica. */
  public RecurringTask<Void> task(ZoneId zone) {
    return Tasks.recurring(TASK_NAME, Schedules.daily(zone, LocalTime.of(3, 30)))
        .execute((instance, context) -> forget());
  }

  /** Forgets those whose month is up; how many. */
  public int forget() {
    int forgotten = users.forgetUnintroducedBefore(clock.instant().minus(KEPT_FOR));
    if (forgotten > 0) {
      log.info("Forgot {} Teams people who never introduced themselves", forgotten);
    }
    return forgotten;
  }
}
