package org.commonground.bot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.commonground.bot.config.Settings;
import org.commonground.bot.core.delivery.PlatformPace;
import org.commonground.bot.core.digest.DigestChannels;
import org.commonground.bot.core.digest.DigestComposer;
import org.commonground.bot.core.digest.DigestDelivery;
import org.commonground.bot.metrics.AppMetrics;
import org.commonground.bot.schedule.StopSignal;
import org.commonground.bot.slack.SlackClients;
import org.commonground.bot.slack.digest.SlackDigestChannel;
import org.commonground.bot.teams.connector.BotConnector;
import org.commonground.bot.teams.connector.ConnectorCredentials;
import org.commonground.bot.teams.digest.TeamsDigestChannels;
import org.commonground.bot.testing.ConnectorCall;
import org.commonground.bot.testing.FakeBotConnector;
import org.commonground.bot.testing.FakeSlack;
import org.commonground.bot.testing.RateLimit;
import org.commonground.bot.testing.SlackCall;
import org.commonground.bot.testing.TestPaces;
import org.commonground.storage.Database;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.rounds.Deliveries;
import org.commonground.storage.rounds.Round;
import org.commonground.storage.rounds.RoundStore;
import org.commonground.storage.tags.TagCatalogue;
import org.commonground.storage.teams.TeamsUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A round's digests delivered with no rate configured, so the app's pace has to find the platform's
 * limit: to a fake Slack that allows {@code bench.allowed} messages a second and refuses more with
 * 429 and {@code Retry-After} (and again when that limit rises halfway), and to the fake Bot
 * Connector keeping Teams' documented limits (per conversation, and 50 calls a second per app) with
 * Teams' 429 and {@code Retry-After}. The fake's rate windows and the app's pacing share one {@link
 * SimulatedTime}, so the twenty minutes such a round takes pass at once; the calls themselves are
 * real HTTP on loopback. It reports the simulated time taken, the share of the allowed rate, 429s,
 * duplicates, losses and any call made before a {@code Retry-After} had passed.
 */
class DigestDeliveryBench {

  private static final int MEMBERS = Integer.getInteger("bench.members", 10_000);
  private static final int ALLOWED_PER_SECOND = Integer.getInteger("bench.allowed", 10);

  /** Teams' documented limit per app per tenant, across conversations. */
  private static final int TEAMS_PER_SECOND = 50;

  private static final String TOKEN = "connector-token";

  @TempDir Path folder;

  @Test
  void findsSlacksLimitWithNoRateConfigured() throws Exception {
    deliverOnSlack("fixed", ALLOWED_PER_SECOND, ALLOWED_PER_SECOND);
  }

  @Test
  void findsItAgainWhenItRisesHalfway() throws Exception {
    deliverOnSlack("300 then 900/min", 5, 15);
  }

  @Test
  void keepsTeamsDocumentedLimitsWithNoRateConfigured() throws Exception {
    Clock clock = Clock.systemUTC();
    SimulatedTime time = new SimulatedTime();
    try (FakeBotConnector teams = new FakeBotConnector(TOKEN::equals, time::nanos);
        BenchDatabase benchDatabase = BenchDatabase.create(folder);
        Database database = Database.open(benchDatabase.settings())) {
      Round round = DigestNetwork.seed(database, MEMBERS, clock, TeamsMembers::entraId);
      TeamsMembers.install(database, teams, MEMBERS, clock);
      BotConnector connector =
          new BotConnector(
              new FixedToken(), HttpClient.newHttpClient(), TestPaces.teams(time.clock(), time));
      DigestChannels onTeams =
          new TeamsDigestChannels(
              new TeamsUsers(database.jdbi(), clock),
              connector,
              recipient -> {
                throw new AssertionError(recipient.userId() + " is not on Teams");
              });
      DigestDelivery.Report report = delivery(database, clock, onTeams).deliver(round);
      report(
          "Teams' documented limits",
          sentPerConversation(teams),
          teams.throttledCalls(),
          teams.callsTooSoon(),
          report,
          time.elapsed(),
          MEMBERS / (double) TEAMS_PER_SECOND);
    }
  }

  private void deliverOnSlack(String name, int firstPerSecond, int thenPerSecond) throws Exception {
    Clock clock = Clock.systemUTC();
    SimulatedTime time = new SimulatedTime();
    try (FakeSlack slack = new FakeSlack();
        BenchDatabase benchDatabase = BenchDatabase.create(folder);
        Database database = Database.open(benchDatabase.settings())) {
      Round round = DigestNetwork.seed(database, MEMBERS, clock);
      RateLimit limit = slack.limitRate("chat.postMessage", firstPerSecond, time::nanos);
      limit.changeAfter(MEMBERS / 2, thenPerSecond);
      PlatformPace pace = TestPaces.slack(time.clock(), time);
      DigestDelivery.Report report = delivery(database, clock, onSlack(slack, pace)).deliver(round);
      double ideal = MEMBERS / 2.0 / firstPerSecond + MEMBERS / 2.0 / thenPerSecond;
      report(
          "Slack limit " + name,
          SlackCall.digestsPerDelivery(slack.calls("chat.postMessage")),
          limit.refused(),
          limit.callsTooSoon(),
          report,
          time.elapsed(),
          ideal);
    }
  }

  private static DigestChannels onSlack(FakeSlack slack, PlatformPace pace) {
    Settings settings =
        Settings.fromEnvironment(
            Map.of("SLACK_API_URL", slack.apiUrl(), "SLACK_BOT_TOKEN", "xoxb-bench"));
    return SlackDigestChannel.forEveryone(
        SlackClients.slack(settings, new AppMetrics(), pace).methods(settings.slackBotToken()));
  }

  private static DigestDelivery delivery(Database database, Clock clock, DigestChannels channels) {
    return new DigestDelivery(
        new Deliveries(database.jdbi()),
        new DigestComposer(
            new RoundStore(database.jdbi()),
            new TagCatalogue(database.jdbi(), clock),
            new ProfileStore(database.jdbi(), clock)),
        channels,
        clock,
        new StopSignal());
  }

  /** How many messages Teams accepted in each conversation. */
  private static Map<String, Long> sentPerConversation(FakeBotConnector teams) {
    return teams.calls().stream()
        .filter(call -> call.kind() == ConnectorCall.Kind.SEND && call.status() / 100 == 2)
        .collect(Collectors.groupingBy(ConnectorCall::conversationId, Collectors.counting()));
  }

  private static void report(
      String name,
      Map<String, Long> perDelivery,
      int refused,
      int callsTooSoon,
      DigestDelivery.Report report,
      Duration took,
      double idealSeconds) {
    long duplicates = perDelivery.values().stream().mapToLong(n -> n - 1).sum();
    double seconds = took.toNanos() / 1e9;
    System.out.printf(
        "%nDigest delivery, %s: %s, %d members, no rate configured%n",
        name, BenchDatabase.kind(), MEMBERS);
    System.out.println(
        "| delivered | took (simulated) | of allowed rate | duplicates | lost | 429s | calls in"
            + " Retry-After |");
    System.out.println("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    System.out.printf(
        "| %d | %.1f min | %.1f %% | %d | %d | %d | %d |%n",
        perDelivery.size(),
        seconds / 60,
        100 * idealSeconds / seconds,
        duplicates,
        MEMBERS - perDelivery.size(),
        refused,
        callsTooSoon);
    assertThat(report.left()).isZero();
  }

  /** The connector's token, as the Entra token endpoint would give it. */
  private static final class FixedToken implements ConnectorCredentials {
    @Override
    public String bearer() {
      return TOKEN;
    }

    @Override
    public void forget() {}
  }
}
