package org.commonground.bot;

import com.slack.api.Slack;
import jakarta.servlet.http.HttpServlet;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.commonground.bot.config.Settings;
import org.commonground.bot.config.SettingsException;
import org.commonground.bot.core.consent.ConsentRequests;
import org.commonground.bot.core.rounds.RoundTasks;
import org.commonground.bot.core.settings.NetworkSettings;
import org.commonground.bot.http.HealthChecks;
import org.commonground.bot.http.HttpServerFactory;
import org.commonground.bot.schedule.BackgroundTasks;
import org.commonground.bot.schedule.StopSignal;
import org.commonground.bot.slack.SlackClients;
import org.commonground.bot.teams.TeamsAdapter;
import org.commonground.bot.teams.auth.ConnectorTokens;
import org.commonground.storage.Database;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds every part of the running app from settings and a database, then
 * starts and stops it. Each part is wired by one class of this package: {@link Basics}, {@link
 * Messaging}, {@link CoreServices}, {@link SlackSide}, {@link TeamsSide}, {@link ConsoleSide} and
 * {@link ScheduledTasks}.
 */
public final class Application implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Application.class);

  private final Server server;
  private final SlackSide slack;
  private final BackgroundTasks tasks;
  private final ExecutorService background;
  private final StopSignal stop;
  private final StopSignal postingEnds;
  private final Optional<ConnectorTokens> teamsTokens;
  private final NetworkSettings networkSettings;

  private Application(
      Server server,
      SlackSide slack,
      BackgroundTasks tasks,
      Basics basics,
      Optional<ConnectorTokens> teamsTokens,
      NetworkSettings networkSettings) {
    this.server = server;
    this.slack = slack;
    this.tasks = tasks;
    this.background = basics.background();
    this.stop = basics.stop();
    this.postingEnds = basics.postingEnds();
    this.teamsTokens = teamsTokens;
    this.networkSettings = networkSettings;
  }

  public static Application create(Settings settings, Database database, Clock clock) {
    Basics basics = Basics.of(settings, database, clock);
    Slack slackClients = SlackClients.slack(settings, basics.metrics(), basics.paces().slack());
    TeamsSide teams = TeamsSide.connect(basics);
    Messaging messaging =
        Messaging.of(
            slackClients.methods(settings.slackBotToken()), teams.connector(), basics.stores());
    CoreServices core = CoreServices.build(basics, messaging);
    SlackSide slack = SlackSide.create(basics, slackClients, messaging, core);
    Optional<HttpServlet> console =
        ConsoleSide.create(basics, slackClients, core, slack::workspaceId);
    Server server = server(basics, slack, teams.adapter(basics, core), console);
    BackgroundTasks tasks = ScheduledTasks.create(basics, messaging, core, slack.replays());
    return new Application(server, slack, tasks, basics, teams.tokens(), core.networkSettings());
  }

  /**
   * The one HTTP server: Slack's requests when not over Socket Mode, Teams', the console, health,
   * metrics.
   */
  private static Server server(
      Basics basics, SlackSide slack, Optional<TeamsAdapter> teams, Optional<HttpServlet> console) {
    return HttpServerFactory.create(
        basics.settings().port(),
        slack.servedOverHttp(),
        teams.map(TeamsAdapter::servlet),
        console,
        new HealthChecks(slack::tokenAccepted, basics.database()::isReachable),
        basics.metrics());
  }

  /** Starts the app on a database whose schema is up to date already. */
  public boolean start() throws Exception {
    return start(() -> {});
  }

  /**
   * Starts the HTTP server as soon as the schema is up to date, so {@code /healthz} can say how
   * start-up is going; then, once Slack has accepted the bot token, however long that takes, Socket
   * Mode and background work. Slack is asked about the token while the schema is migrated: the two
   * wait on different machines.
   *
   * @param schema returns once the schema is up to date, or throws what stopped that
   * @return true once all is started, false if {@link #close()} was called first
   * @throws org.commonground.bot.config.SettingsException when Slack refuses the bot token
   */
  public boolean start(Schema schema) throws Exception {
    FutureTask<Boolean> token = new FutureTask<>(slack::awaitToken);
    Thread check = new Thread(token, "slack-token-check");
    check.setDaemon(true);
    check.start();
    schema.awaitUpToDate();
    if (stop.isRaised()) {
      return false;
    }
    server.start();
    if (!answer(token)) {
      return false;
    }
    teamsTokens.ifPresent(Application::checkTeamsSecret);
    synchronized (this) {
      if (stop.isRaised()) {
        return false;
      }
      slack.open();
      // A stop may have cut the last delivery short: finish it now rather than at its next turn.
      tasks.runAtStart(RoundTasks.FINISH_DELIVERY);
      // The privacy notice may have changed with this start: ask members to agree at once.
      tasks.runAtStart(ConsentRequests.TASK_NAME);
      tasks.start();
      return true;
    }
  }

  /** The database's schema as {@link #start(Schema)} waits for it. */
  @FunctionalInterface
  public interface Schema {
    void awaitUpToDate() throws Exception;
  }

  /** What the token check ended with, a refusal thrown as the check threw it. */
  private static boolean answer(Future<Boolean> token) throws Exception {
    try {
      return token.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    }
  }

  /**
   * Asks Entra for the bot's token once, so a wrong app id or secret stops the app with one line
   * instead of failing every Teams reply; Entra out of reach only delays the first reply.
   */
  private static void checkTeamsSecret(ConnectorTokens tokens) {
    try {
      tokens.bearer();
    } catch (ConnectorTokens.Refused e) {
      throw new SettingsException(
          "Entra refused TEAMS_APP_ID with TEAMS_APP_PASSWORD ("
              + e.getMessage()
              + "): check both under App registrations in the Azure portal, and make a new client"
              + " secret if this one has expired");
    } catch (java.io.IOException e) {
      log.warn(
          "Could not reach Entra for the Teams bot's token ({}); will ask again when needed",
          e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
  }

  /**
   * What admins change without a restart (schedule, breaks, places, admins), the same services the
   * chat reads through.
   */
  public NetworkSettings networkSettings() {
    return networkSettings;
  }

  /** Where the server listens, e.g. {@code http://localhost:3000/}. */
  public URI uri() {
    ServerConnector connector = (ServerConnector) server.getConnectors()[0];
    return URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/");
  }

  public void join() throws InterruptedException {
    server.join();
  }

  /**
   * Stops taking requests, lets those in flight and queued background work finish, then stops;
   * digest delivery ends after the message under way. The database is the caller's to close, after
   * this returns: the scheduler writes to it until it has stopped.
   */
  @Override
  public void close() throws Exception {
    stop.raise();
    // Not while start() is opening the connection and starting the scheduler.
    synchronized (this) {
      try {
        slack.stop();
        server.stop();
      } finally {
        tasks.close();
        background.shutdown();
        background.awaitTermination(10, TimeUnit.SECONDS);
        postingEnds.raise();
        slack.close();
      }
    }
  }
}
