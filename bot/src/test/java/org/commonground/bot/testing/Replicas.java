package org.commonground.bot.testing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonground.bot.Application;
import org.commonground.bot.config.Settings;
import org.commonground.bot.core.settings.NetworkSettings;
import org.commonground.storage.Database;
import org.commonground.storage.Stores;
import org.commonground.storage.testing.MutableClock;
import org.commonground.storage.testing.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Several copies of the whole app, as replicas behind a load balancer: each with its own server,
 * connection pool and background threads, all on one PostgreSQL schema and one fake Slack. Skipped
 * when no PostgreSQL is configured, like the storage tests on PostgreSQL.
 */
public final class Replicas implements BeforeEachCallback, AfterEachCallback {

  private final int count;
  private final Map<String, String> env;
  private final TestDatabase testDatabase = TestDatabase.postgres();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
  private final List<Database> databases = new ArrayList<>();
  private final List<Application> applications = new ArrayList<>();
  private final List<SignedRequests> requests = new ArrayList<>();
  private FakeSlack slack;

  public Replicas(int count, Map<String, String> env) {
    this.count = count;
    this.env = env;
  }

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    testDatabase.beforeEach(context);
    slack = new FakeSlack();
    Map<String, String> all = new java.util.HashMap<>(env);
    all.put("SLACK_BOT_TOKEN", RunningApp.BOT_TOKEN);
    all.put("SLACK_SIGNING_SECRET", RunningApp.SIGNING_SECRET);
    all.put("SLACK_API_URL", slack.apiUrl());
    all.put("PORT", "0");
    Settings settings = Settings.fromEnvironment(all).requireSlackCredentials();
    for (int i = 0; i < count; i++) {
      Database database = Database.open(testDatabase.settings());
      databases.add(database);
      Application application = Application.create(settings, database, clock);
      applications.add(application);
      application.start();
      requests.add(
          new SignedRequests(application.uri(), RunningApp.SIGNING_SECRET, Clock.systemUTC()));
    }
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    for (Application application : applications) {
      application.close();
    }
    databases.forEach(Database::close);
    if (slack != null) {
      slack.close();
    }
    testDatabase.afterEach(context);
  }

  /** Signed requests to replica {@code index}. */
  public SignedRequests requests(int index) {
    return requests.get(index);
  }

  /** What admins change on replica {@code index}, as its console would. */
  public NetworkSettings networkSettings(int index) {
    return applications.get(index).networkSettings();
  }

  public FakeSlack slack() {
    return slack;
  }

  public Jdbi jdbi() {
    return databases.get(0).jdbi();
  }

  /** The facades over the database the replicas share. */
  public Stores stores() {
    return new Stores(databases.get(0), clock);
  }
}
