package org.commonground.bot.testing;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.commonground.bot.Application;
import org.commonground.bot.config.Settings;
import org.commonground.bot.core.consent.PrivacyNotice;
import org.commonground.bot.core.settings.NoticeSettings;
import org.commonground.storage.Database;
import org.commonground.storage.Stores;
import org.commonground.storage.testing.MutableClock;
import org.commonground.storage.testing.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole app for a test: a fresh database, a fake Slack, and the real Jetty server on a free
 * port, with signed requests ready to send. Request verification stays on.
 */
public final class RunningApp implements BeforeEachCallback, AfterEachCallback {

  public static final String SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
  public static final String BOT_TOKEN = "xoxb-0000-test-token";
  public static final String APP_TOKEN = "xapp-1-A0123ABCDEF-0000-test-token";

  /** Set to {@code postgres} to run every wire test on PostgreSQL instead of H2. */
  public static final String DATABASE_PROPERTY = "commonground.test.database";

  private final TestDatabase testDatabase =
      "postgres".equals(System.getProperty(DATABASE_PROPERTY))
          ? TestDatabase.postgres()
          : TestDatabase.h2();
  private final Map<String, String> env = new HashMap<>();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
  private FakeSlack slack;
  private FakeSocketMode socketMode;
  private boolean teamsOn;
  private boolean slackOff;
  private boolean consoleOn;
  private FakeIdentityProvider identity;
  private FakeBotConnector connector;
  private TeamsClient teams;
  private Application application;
  private SignedRequests requests;
  private Settings settings;

  /** Adds environment variables the app is started with. */
  public RunningApp with(String variable, String value) {
    env.put(variable, value);
    return this;
  }

  /**
   * Connects the app to Slack over Socket Mode, with an app-level token and no signing secret, to a
   * fake Socket Mode endpoint that {@link #socketMode()} drives.
   */
  public RunningApp overSocketMode() {
    socketMode = new FakeSocketMode();
    return with("SLACK_APP_TOKEN", APP_TOKEN);
  }

  /**
   * Turns Teams on too, with a fake identity provider and a fake Bot Connector that {@link
   * #teams()} plays Teams with.
   */
  public RunningApp withTeams() {
    teamsOn = true;
    return this;
  }

  /**
   * Turns the console on, signed in to with the fake Slack's Sign in with Slack. The console's
   * address is the app's own, so the app gets a free port chosen now rather than at start.
   */
  public RunningApp withConsole() {
    consoleOn = true;
    int port = FreePort.pick();
    with("PORT", String.valueOf(port));
    return with("CONSOLE_BASE_URL", "http://127.0.0.1:" + port);
  }

  /** Runs the app for Teams alone: no Slack variable is set. */
  public RunningApp teamsAlone() {
    slackOff = true;
    return withTeams();
  }

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    testDatabase.beforeEach(context);
    slack = new FakeSlack();
    slack.signIn().clock(clock);
    if (teamsOn) {
      identity = new FakeIdentityProvider(TeamsClient.APP_ID, TeamsClient.APP_PASSWORD, clock);
      connector = new FakeBotConnector(identity::issuedThis);
      env.put("TEAMS_APP_ID", TeamsClient.APP_ID);
      env.put("TEAMS_APP_PASSWORD", TeamsClient.APP_PASSWORD);
      env.put("TEAMS_TENANT_ID", TeamsClient.HOME_TENANT);
      env.put("TEAMS_OPENID_METADATA_URL", identity.metadataUrl());
      env.put("TEAMS_TOKEN_URL", identity.tokenUrl(TeamsClient.HOME_TENANT));
    }
    Map<String, String> all = new HashMap<>(env);
    if (!slackOff) {
      if (consoleOn) {
        all.put("SLACK_CLIENT_ID", FakeSlackSignIn.CLIENT_ID);
        all.put("SLACK_CLIENT_SECRET", FakeSlackSignIn.CLIENT_SECRET);
      }
      all.put("SLACK_BOT_TOKEN", BOT_TOKEN);
      if (socketMode == null) {
        all.put("SLACK_SIGNING_SECRET", SIGNING_SECRET);
      } else {
        slack.connectSocketModeTo(socketMode.url());
      }
    }
    all.put("SLACK_API_URL", slack.apiUrl());
    all.putIfAbsent("PORT", "0");
    settings = Settings.fromEnvironment(all).requirePlatform();
    start();
  }

  private void start() throws Exception {
    application = Application.create(settings, testDatabase.database(), clock);
    application.start();
    requests = new SignedRequests(application.uri(), SIGNING_SECRET, Clock.systemUTC());
    if (teamsOn) {
      teams = new TeamsClient(application.uri(), identity, connector);
    }
  }

  /**
   * Stops the app and starts it again on the same database and fake Slack with one variable
   * changed, as an operator does to change a setting.
   */
  public void restartWith(String variable, String value) throws Exception {
    application.close();
    Map<String, String> changed = new HashMap<>(env);
    changed.put(variable, value);
    env.put(variable, value);
    Map<String, String> all = new HashMap<>(changed);
    all.put("SLACK_BOT_TOKEN", BOT_TOKEN);
    all.put("SLACK_SIGNING_SECRET", SIGNING_SECRET);
    all.put("SLACK_API_URL", slack.apiUrl());
    all.putIfAbsent("PORT", "0");
    settings = Settings.fromEnvironment(all).requireSlackCredentials();
    start();
  }

  /**
   * The version of the privacy notice the running app asks members to agree to: the environment's,
   * or what an admin saved in the console.
   */
  public String noticeVersion() {
    NoticeSettings notice =
        new NoticeSettings(stores().savedSettings(), settings.privacy(), () -> {});
    return PrivacyNotice.over(notice::settings, settings.inactiveProfileMonths()).version();
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    try {
      if (application != null) {
        application.close();
      }
    } finally {
      // Only once the app has stopped: its scheduler writes to the database until then.
      testDatabase.afterEach(context);
      if (slack != null) {
        slack.close();
      }
      if (socketMode != null) {
        socketMode.close();
      }
      if (connector != null) {
        connector.close();
        identity.close();
      }
    }
  }

  /**
   * Stops the app as SIGTERM would: requests in flight and work queued after their acknowledgements
   * finish first, so a test can then count everything the app did.
   */
  public void stop() throws Exception {
    Application running = application;
    application = null;
    running.close();
  }

  public FakeSlack slack() {
    return slack;
  }

  /** Entra and the Bot Framework's keys; only after {@link #withTeams()}. */
  public FakeIdentityProvider identity() {
    return identity;
  }

  /** Teams, played towards the app; only after {@link #withTeams()}. */
  public TeamsClient teams() {
    return teams;
  }

  public FakeSocketMode socketMode() {
    return socketMode;
  }

  /** The server's address, e.g. {@code http://127.0.0.1:41234/}. */
  public URI uri() {
    return application.uri();
  }

  public SignedRequests requests() {
    return requests;
  }

  public Database database() {
    return testDatabase.database();
  }

  public Jdbi jdbi() {
    return database().jdbi();
  }

  /** The app's facades over the same database, for a test's set-up and checks. */
  public Stores stores() {
    return new Stores(database(), clock);
  }

  /** Rows no facade reads, for a test's checks. */
  public StoredRows rows() {
    return new StoredRows(jdbi());
  }

  /** A browser, without a session yet, pointed at the console. */
  public ConsoleClient console() {
    return new ConsoleClient(application.uri());
  }

  /** The running app itself, for what a test reads of it directly. */
  public Application application() {
    return application;
  }

  /** The settings the running app was started with. */
  public Settings settings() {
    return settings;
  }

  public MutableClock clock() {
    return clock;
  }
}
