package org.commonground.bot.cli;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.commonground.storage.Database;

/**
 * Opens the database and brings its schema up to date on a thread of its own, while {@code serve}
 * builds the rest of the app (which needs no table) and asks Slack about its token: each was about
 * half of the start-up, and a server has a core for each.
 */
final class SchemaMigration {

  private final FutureTask<Void> migration;

  private SchemaMigration(FutureTask<Void> migration) {
    this.migration = migration;
  }

  static SchemaMigration start(Database database) {
    FutureTask<Void> migration = new FutureTask<>(database::migrate, null);
    Thread thread = new Thread(migration, "schema-migration");
    thread.setDaemon(true);
    thread.start();
    return new SchemaMigration(migration);
  }

  /** Waits until the schema is up to date, throwing what stopped it otherwise. */
  void await() throws Exception {
    try {
      migration.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw (Error) e.getCause();
    }
  }

  /** Waits for the migration to end however it ends, so the database can be closed after it. */
  void settle() {
    try {
      await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception alreadyReported) {
      // by await() to the start-up, which fails with it
    }
  }
}
