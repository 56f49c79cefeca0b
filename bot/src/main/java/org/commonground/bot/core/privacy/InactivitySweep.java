package org.commonground.bot.core.privacy;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.commonground.storage.events.ProcessedEvents;
import org.commonground.storage.members.MemberStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily tidy-up: warns members whose profile has gone unused for the configured number of
 * months, deletes the profiles of those still inactive a while after the warning, and forgets Slack
 * event ids too old to be retried.
 */
public final class InactivitySweep {

  static final String TASK_NAME = "inactive-profile-sweep";
  static final Duration GRACE = Duration.ofDays(30);
  static final Duration REMEMBER_EVENTS = Duration.ofDays(7);
  private static final Logger log = LoggerFactory.getLogger(InactivitySweep.class);

  private final MemberStatus status;
  private final ProcessedEvents events;
  private final PrivacyService privacy;
  private final InactivityNotices notices;
  private final int months;
  private final ZoneId zone;
  private final Clock clock;

  public InactivitySweep(
      MemberStatus status,
      ProcessedEvents events,
      PrivacyService privacy,
      InactivityNotices notices,
      int months,
      ZoneId zone,
      Clock clock) {
    this.status = status;
    this.events = events;
    this.privacy = privacy;
    this.notices = notices;
    this.months = months;
    this.zone = zone;
    this.clock = clock;
  }

  /** Runs every night at 03:00, on one replica. */
  public RecurringTask<Void> task() {
    return Tasks.recurring(TASK_NAME, Schedules.daily(zone, LocalTime.of(3, 0)))
        .execute((instance, context) -> run());
  }

  public void run() {
    Instant now = clock.instant();
    Instant cutoff = now.atZone(zone).minusMonths(months).toInstant();
    for (String member : status.inactiveAndNotWarned(cutoff)) {
      if (status.markWarned(member, now)) {
        warn(member, now);
      }
    }
    for (String member : status.warnedBefore(now.minus(GRACE))) {
      delete(member);
    }
    int forgotten = events.forgetBefore(now.minus(REMEMBER_EVENTS));
    log.info("Inactivity sweep done; forgot {} old Slack event ids", forgotten);
  }

  /** Where the platform forgets a member with their data, they are told first. */
  private void delete(String member) {
    String why =
        "You hadn't used it for " + months + " months, and we keep data only while it's useful.";
    if (notices.toldBeforeDeletion(member, why)) {
      privacy.removeCopies(privacy.delete(member));
    } else {
      privacy.tellLater(member, privacy.delete(member), why);
    }
  }

  private void warn(String member, Instant now) {
    notices.warn(member, months, LocalDate.ofInstant(now.plus(GRACE), zone));
  }
}
