package org.commonground.bot;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.util.ArrayList;
import java.util.List;
import org.commonground.bot.config.Settings;
import org.commonground.bot.console.session.SessionPruning;
import org.commonground.bot.core.consent.ConsentRequests;
import org.commonground.bot.core.privacy.InactivitySweep;
import org.commonground.bot.core.privacy.RetentionTask;
import org.commonground.bot.core.programme.BreakAnnouncement;
import org.commonground.bot.core.rounds.RoundTasks;
import org.commonground.bot.core.rounds.ScheduledRound;
import org.commonground.bot.schedule.BackgroundTasks;
import org.commonground.bot.slack.ReplayGuard;
import org.commonground.bot.slack.privacy.SlackInactivityNotices;
import org.commonground.bot.teams.install.UnintroducedPeople;
import org.commonground.storage.Stores;

/** Part of the composition root: the app's recurring work, handed to the scheduler. */
final class ScheduledTasks {

  private ScheduledTasks() {}

  static BackgroundTasks create(
      Basics basics, Messaging messaging, CoreServices core, ReplayGuard replays) {
    Settings settings = basics.settings();
    List<RecurringTask<?>> recurring = new ArrayList<>();
    recurring.add(inactivitySweep(basics, messaging, core).task());
    recurring.add(core.meetings().task(settings.digestZone()));
    recurring.add(core.warmIntros().lapseTask());
    recurring.add(replays.pruningTask());
    recurring.add(SessionPruning.task(basics.stores().consoleSessions(), basics.clock()));
    recurring.add(core.copiesInSlack().task());
    recurring.add(retention(basics).task());
    recurring.addAll(RoundTasks.of(scheduledRound(basics, messaging, core), core.programme()));
    recurring.add(consentRequests(basics, messaging, core).task());
    if (settings.teams().isPresent()) {
      recurring.add(
          new UnintroducedPeople(basics.stores().teamsUsers(), basics.clock())
              .task(settings.digestZone()));
    }
    return new BackgroundTasks(basics.scheduling(), recurring);
  }

  /** The weekly round, or in a break members told why there is none. */
  private static ScheduledRound scheduledRound(
      Basics basics, Messaging messaging, CoreServices core) {
    BreakAnnouncement announcement =
        new BreakAnnouncement(
            basics.stores().eligibility(core.notice()::version),
            messaging.sent(),
            messaging.ports().breakNotices(),
            basics.stop());
    return new ScheduledRound(core.weeklyRound(), core.programme(), announcement, basics.clock());
  }

  private static InactivitySweep inactivitySweep(
      Basics basics, Messaging messaging, CoreServices core) {
    Settings settings = basics.settings();
    return new InactivitySweep(
        basics.stores().memberStatus(),
        basics.stores().processedEvents(),
        core.privacy(),
        new SlackInactivityNotices(messaging.direct(), messaging.offSlack()),
        settings.inactiveProfileMonths(),
        settings.digestZone(),
        basics.clock());
  }

  private static RetentionTask retention(Basics basics) {
    Settings settings = basics.settings();
    return new RetentionTask(
        basics.stores().roundRetention(),
        settings.privacy().retentionMonths(),
        settings.digestZone());
  }

  private static ConsentRequests consentRequests(
      Basics basics, Messaging messaging, CoreServices core) {
    Stores stores = basics.stores();
    return new ConsentRequests(
        stores.rounds(),
        stores.memberConsent(),
        core.notice(),
        messaging.ports().consentRequestMessages(),
        basics.stop());
  }
}
