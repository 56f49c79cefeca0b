package org.commonground.bot.privacy;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.commonground.bot.notices.OffSlackNotices;
import org.commonground.bot.slack.DirectMessages;
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
  private final DirectMessages messages;
  private final OffSlackNotices offSlack;
  private final int months;
  private final ZoneId zone;
  private final Clock clock;

  public InactivitySweep(
      MemberStatus status,
      ProcessedEvents events,
      PrivacyService privacy,
      DirectMessages messages,
      OffSlackNotices offSlack,
      int months,
      ZoneId zone,
      Clock clock) {
    this.status = status;
    this.events = events;
    this.privacy = privacy;
    this.messages = messages;
    this.offSlack = offSlack;
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

  /**
   * A member off Slack is told first, in a few words, because erasure forgets where they are
   * reached; the app's copies in Slack go either way.
   */
  private void delete(String member) {
    String why =
        "You hadn't used it for " + months + " months, and we keep data only while it's useful.";
    String offSlackWords =
        ":wastebasket: *"
            + DeletionMessage.TEXT
            + "* "
            + why
            + " Send *introduce* any time if you'd like to join in again.";
    if (offSlack.told(member, offSlackWords)) {
      privacy.removeCopies(privacy.delete(member));
    } else {
      privacy.tellLater(member, privacy.delete(member), why);
    }
  }

  private void warn(String member, Instant now) {
    LocalDate deletionDay = LocalDate.ofInstant(now.plus(GRACE), zone);
    if (!offSlack.told(member, InactivityWarning.offSlack(months, deletionDay))) {
      messages.post(member, InactivityWarning.TEXT, InactivityWarning.blocks(months, deletionDay));
    }
  }
}
