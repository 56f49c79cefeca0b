package org.commonground.bot;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.commonground.bot.config.Settings;
import org.commonground.bot.core.delivery.DeliveryPaces;
import org.commonground.bot.metrics.AppMetrics;
import org.commonground.bot.schedule.SchedulerDatabase;
import org.commonground.bot.schedule.StopSignal;
import org.commonground.storage.Database;
import org.commonground.storage.Stores;

/**
 * Part of the composition root: what every other part is built with, made once so that all of them
 * share one background pool, one stop signal, one set of metrics and one pace per platform.
 */
record Basics(
    Settings settings,
    Database database,
    SchedulerDatabase scheduling,
    Stores stores,
    Clock clock,
    AppMetrics metrics,
    ExecutorService background,
    StopSignal stop,
    StopSignal postingEnds,
    DeliveryPaces paces) {

  static Basics of(Settings settings, Database database, Clock clock) {
    AppMetrics metrics = new AppMetrics();
    StopSignal stop = new StopSignal();
    // A stop doesn't end the waits for a turn at once: replies and notices already queued still
    // go out, at the platform's pace, while the app stops (long runs such as a round's delivery
    // check the stop between messages themselves). Their waits end once that grace is over.
    StopSignal postingEnds = new StopSignal();
    // Platforms count their limits in real elapsed time, whatever the clock the app's dates are
    // read from (tests set that one, and hold it still).
    DeliveryPaces paces =
        DeliveryPaces.of(Clock.systemUTC(), postingEnds, settings.digestMessagesPerMinute());
    // Only the platforms in use: a Teams pace on a Slack-only network would be a number nobody can
    // act on, and an alert on it would never mean anything.
    if (settings.slackOn()) {
      paces.slack().reportTo(metrics);
    }
    if (settings.teams().isPresent()) {
      paces.teams().reportTo(metrics);
    }
    return new Basics(
        settings,
        database,
        SchedulerDatabase.of(database),
        new Stores(database, clock),
        clock,
        metrics,
        Executors.newFixedThreadPool(4, Basics::daemon),
        stop,
        postingEnds,
        paces);
  }

  private static Thread daemon(Runnable runnable) {
    Thread thread = new Thread(runnable, "commonground-background");
    thread.setDaemon(true);
    return thread;
  }
}
