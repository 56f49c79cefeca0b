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
        "Run the app for Slack (reads the environment below): over HTTP, or over Socket Mode when"
            + " SLACK_APP_TOKEN is set.")
final class ServeCommand implements Callable<Integer> {

  private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

  private final Map<String, String> env;

  ServeCommand(Map<String, String> env) {
    this.env = env;
  }

  @Override
  public Integer call() throws Exception {
    Settings settings = Settings.fromEnvironment(env).requireSlackCredentials();
    Database database = Database.open(settings.database());
    Application application = Application.create(settings, database, Clock.systemUTC());
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(application, database), "shutdown"));
    application.start();
    // The port actually bound, which differs from PORT=0 (any free port).
    int port = application.uri().getPort();
    if (settings.socketMode()) {
      log.info("Common Ground is connected to Slack over Socket Mode; /healthz on port {}", port);
    } else {
      log.info("Common Ground is listening on port {}", port);
    }
    application.join();
    return 0;
  }

  private static void stop(Application application, Database database) {
    log.info("Stopping: finishing requests in flight");
    try {
      application.close();
    } catch (Exception e) {
      log.warn("Stopping did not finish cleanly: {}", e.getMessage());
    } finally {
      database.close();
    }
  }
}
