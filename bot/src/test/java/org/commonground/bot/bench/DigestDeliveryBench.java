package org.commonground.bot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.commonground.bot.config.Settings;
import org.commonground.bot.core.delivery.PlatformPace;
import org.commonground.bot.core.digest.DigestComposer;
import org.commonground.bot.core.digest.DigestDelivery;
import org.commonground.bot.metrics.AppMetrics;
import org.commonground.bot.schedule.StopSignal;
import org.commonground.bot.slack.SlackClients;
import org.commonground.bot.slack.digest.SlackDigestChannel;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A round's digests delivered to a fake Slack that allows {@code bench.allowed} messages a second
 * and refuses more with 429 and {@code Retry-After}, with no rate configured: the app's pace has to
 * find the limit, and find it again when it changes halfway. The fake's rate windows and the app's
 * pacing share one {@link SimulatedTime}, so the twenty minutes such a round takes pass at once;
 * the calls themselves are real HTTP on loopback. It reports the simulated time taken, the share of
 * the allowed rate, 429s, duplicates, losses and any call made before a {@code Retry-After} had
 * passed.
 */
class DigestDeliveryBench {

  private static final int MEMBERS = Integer.getInteger("bench.members", 10_000);
  private static final int ALLOWED_PER_SECOND = Integer.getInteger("bench.allowed", 10);

  @TempDir Path folder;

  @Test
  void findsSlacksLimitWithNoRateConfigured() throws Exception {
    deliver("fixed", ALLOWED_PER_SECOND, ALLOWED_PER_SECOND);
  }

  @Test
  void findsItAgainWhenItRisesHalfway() throws Exception {
    deliver("300 then 900/min", 5, 15);
  }

  private void deliver(String name, int firstPerSecond, int thenPerSecond) throws Exception {
    Clock clock = Clock.systemUTC();
    SimulatedTime time = new SimulatedTime();
    try (FakeSlack slack = new FakeSlack();
        BenchDatabase benchDatabase = BenchDatabase.create(folder);
        Database database = Database.open(benchDatabase.settings())) {
      Round round = DigestNetwork.seed(database, MEMBERS, clock);
      RateLimit limit = slack.limitRate("chat.postMessage", firstPerSecond, time::nanos);
      limit.changeAfter(MEMBERS / 2, thenPerSecond);
      PlatformPace pace = TestPaces.slack(time.clock(), time);
      DigestDelivery.Report report = delivery(slack, database, clock, pace).deliver(round);
      double ideal = MEMBERS / 2.0 / firstPerSecond + MEMBERS / 2.0 / thenPerSecond;
      report(name, slack.calls("chat.postMessage"), limit, report, time.elapsed(), ideal);
    }
  }

  private static DigestDelivery delivery(
      FakeSlack slack, Database database, Clock clock, PlatformPace pace) {
    Settings settings =
        Settings.fromEnvironment(
            Map.of("SLACK_API_URL", slack.apiUrl(), "SLACK_BOT_TOKEN", "xoxb-bench"));
    return new DigestDelivery(
        new Deliveries(database.jdbi()),
        new DigestComposer(
            new RoundStore(database.jdbi()),
            new TagCatalogue(database.jdbi(), clock),
            new ProfileStore(database.jdbi(), clock)),
        SlackDigestChannel.forEveryone(
            SlackClients.slack(settings, new AppMetrics(), pace).methods(settings.slackBotToken())),
        clock,
        new StopSignal());
  }

  private static void report(
      String name,
      List<SlackCall> posts,
      RateLimit limit,
      DigestDelivery.Report report,
      Duration took,
      double idealSeconds) {
    Map<String, Long> perDelivery = SlackCall.digestsPerDelivery(posts);
    long duplicates = perDelivery.values().stream().mapToLong(n -> n - 1).sum();
    double seconds = took.toNanos() / 1e9;
    System.out.printf(
        "%nDigest delivery, Slack limit %s: %s, %d members, no rate configured%n",
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
        limit.refused(),
        limit.callsTooSoon());
    assertThat(report.left()).isZero();
  }
}
