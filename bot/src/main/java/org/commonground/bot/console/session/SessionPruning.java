package org.commonground.bot.console.session;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Duration;
import org.commonground.storage.console.ConsoleSessions;

/**
 * Forgets ended console sessions and abandoned sign-ins every hour, so the tables hold only what
 * can still be used: who signed in when stays in the audit log.
 */
public final class SessionPruning {

  public static final String TASK_NAME = "prune-console-sessions";

  /** Longer than any sign-in may take. */
  private static final Duration SIGN_INS_KEPT = Duration.ofHours(1);

  private SessionPruning() {}

  public static RecurringTask<Void> task(ConsoleSessions sessions, Clock clock) {
    return Tasks.recurring(TASK_NAME, FixedDelay.ofHours(1))
        .execute(
            (instance, context) ->
                sessions.prune(
                    clock.instant(), Sessions.IDLE_LIMIT, clock.instant().minus(SIGN_INS_KEPT)));
  }
}
