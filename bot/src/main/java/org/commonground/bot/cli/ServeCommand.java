package org.commonground.bot.cli;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import org.commonground.bot.Application;
import org.commonground.bot.config.Settings;
import org.commonground.storage.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;

/**
 * {@code serve}: answers Slack at {@code POST /slack/events}, or over Socket Mode, until stopped.
 */
@Command(
    name = "serve",
    description =
        "Run the app (reads the environment below) for Slack, over HTTP or over Socket Mode when"
            + " SLACK_APP_TOKEN is set, and for Microsoft Teams when TEAMS_APP_ID is set; either"
            + " alone, or both in one network.")
final class ServeCommand implements Callable<Integer> {

  private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

  private final Map<String, String> env;

  ServeCommand(Map<String, String> env) {
    this.env = env;
  }

  @Override
  public Integer call() throws Exception {
    Settings settings = Settings.fromEnvironment(env).requirePlatform();
    Database database = Database.connect(settings.database());
    SchemaMigration schema = SchemaMigration.start(database);
    Application application = build(settings, database, schema);
    Thread shutdown = new Thread(() -> stop(schema, application, database), "shutdown");
    Runtime.getRuntime().addShutdownHook(shutdown);
    boolean started;
    try {
      started = application.start(schema::await);
    } catch (Exception e) {
      // Such as Slack refusing the token, or a migration failing: stop now, so that the exit code
      // and what is on standard error are the command's own.
      if (removed(shutdown)) {
        close(application, database);
      }
      throw RefusedConnection.explained(e, settings.database().url());
    }
    if (!started) {
      // Stopped while waiting for Slack: the shutdown hook is closing everything.
      return 0;
    }
    // The port actually bound, which differs from PORT=0 (any free port).
    int port = application.uri().getPort();
    if (!settings.slackOn()) {
      log.info("Common Ground is listening on port {}, for Microsoft Teams alone", port);
    } else if (settings.socketMode()) {
      log.info("Common Ground is connected to Slack over Socket Mode; /healthz on port {}", port);
    } else {
      log.info("Common Ground is listening on port {}", port);
    }
    application.join();
    return 0;
  }

  /** The app, built while the schema is brought up to date: building it needs no table. */
  private static Application build(Settings settings, Database database, SchemaMigration schema) {
    try {
      return Application.create(settings, database, Clock.systemUTC());
    } catch (RuntimeException e) {
      schema.settle();
      database.close();
      throw e;
    }
  }

  /** False when the JVM is shutting down already, so the hook itself stops the app. */
  private static boolean removed(Thread hook) {
    try {
      return Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      return false;
    }
  }

  private static void stop(SchemaMigration schema, Application application, Database database) {
    log.info("Stopping: finishing requests in flight");
    // A migration cut short by closing its database would leave the schema half done.
    schema.settle();
    close(application, database);
  }

  private static void close(Application application, Database database) {
    try {
      application.close();
    } catch (Exception e) {
      log.warn("Stopping did not finish cleanly: {}", e.getMessage());
    } finally {
      database.close();
    }
  }
}
