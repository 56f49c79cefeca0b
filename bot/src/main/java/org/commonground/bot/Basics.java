package org.commonground.bot;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.commonground.bot.config.Settings;
import org.commonground.bot.metrics.AppMetrics;
import org.commonground.bot.schedule.StopSignal;
import org.commonground.storage.Database;
import org.commonground.storage.Stores;

/**
 * Part of the composition root: what every other part is built with, made once so that all of them
 * share one background pool, one stop signal and one set of metrics.
 */
record Basics(
    Settings settings,
    Database database,
    Stores stores,
    Clock clock,
    AppMetrics metrics,
    ExecutorService background,
    StopSignal stop) {

  static Basics of(Settings settings, Database database, Clock clock) {
    return new Basics(
        settings,
        database,
        new Stores(database, clock),
        clock,
        new AppMetrics(),
        Executors.newFixedThreadPool(4, Basics::daemon),
        new StopSignal());
  }

  private static Thread daemon(Runnable runnable) {
    Thread thread = new Thread(runnable, "commonground-background");
    thread.setDaemon(true);
    return thread;
  }
}
