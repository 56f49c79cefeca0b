package org.commonground.bot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.commonground.bot.config.Settings;
import org.commonground.bot.core.digest.DigestComposer;
import org.commonground.bot.core.digest.DigestDelivery;
import org.commonground.bot.metrics.AppMetrics;
import org.commonground.bot.schedule.StopSignal;
import org.commonground.bot.slack.SlackClients;
import org.commonground.bot.slack.digest.SlackDigestChannel;
import org.commonground.bot.testing.FakeSlack;
import org.commonground.bot.testing.RateLimit;
import org.commonground.bot.testing.SlackCall;
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
 * and refuses more with 429 and {@code Retry-After}, with the app paced just under that through
 * {@code DIGEST_MESSAGES_PER_MINUTE}: the rate achieved, duplicates and losses, and any call made
 * before a {@code Retry-After} had passed.
 */
class DigestDeliveryBench {

  private static final int MEMBERS = Integer.getInteger("bench.members", 10_000);
  private static final int ALLOWED_PER_SECOND = Integer.getInteger("bench.allowed", 100);
  private static final double PACE = Double.parseDouble(System.getProperty("bench.pace", "0.95"));

  @TempDir Path folder;

  @Test
  void deliversARoundUnderSlacksRateLimit() throws Exception {
    Clock clock = Clock.systemUTC();
    try (FakeSlack slack = new FakeSlack();
        BenchDatabase benchDatabase = BenchDatabase.create(folder);
        Database database = Database.open(benchDatabase.settings())) {
      long seeding = System.nanoTime();
      Round round = DigestNetwork.seed(database, MEMBERS, clock);
      Duration seeded = Duration.ofNanos(System.nanoTime() - seeding);
      RateLimit limit = slack.limitRate("chat.postMessage", ALLOWED_PER_SECOND);
      long start = System.nanoTime();
      DigestDelivery.Report report = delivery(slack, database, clock).deliver(round);
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      report(slack.calls("chat.postMessage"), limit, report, took, seeded);
    }
  }

  private static DigestDelivery delivery(FakeSlack slack, Database database, Clock clock) {
    int perMinute = (int) (ALLOWED_PER_SECOND * 60 * PACE);
    Settings settings =
        Settings.fromEnvironment(
            Map.of(
                "SLACK_API_URL", slack.apiUrl(),
                "SLACK_BOT_TOKEN", "xoxb-bench",
                "DIGEST_MESSAGES_PER_MINUTE", Integer.toString(perMinute)));
    return new DigestDelivery(
        new Deliveries(database.jdbi()),
        new DigestComposer(
            new RoundStore(database.jdbi()),
            new TagCatalogue(database.jdbi(), clock),
            new ProfileStore(database.jdbi(), clock)),
        SlackDigestChannel.forEveryone(
            SlackClients.slack(settings, new AppMetrics()).methods(settings.slackBotToken())),
        clock,
        new StopSignal(),
        settings.digestPace());
  }

  private static void report(
      List<SlackCall> posts,
      RateLimit limit,
      DigestDelivery.Report report,
      Duration took,
      Duration seeded) {
    Map<String, Long> perDelivery = SlackCall.digestsPerDelivery(posts);
    long duplicates = perDelivery.values().stream().mapToLong(n -> n - 1).sum();
    double seconds = took.toNanos() / 1e9;
    double rate = posts.size() / seconds;
    System.out.printf(
        "%nDigest delivery: %s, %d members (seeded and planned in %.0f s), Slack allows %d/s,"
            + " paced at %.0f %% of that%n",
        BenchDatabase.kind(), MEMBERS, seeded.toSeconds() * 1.0, limit.perSecond(), PACE * 100);
    System.out.println(
        "| delivered | took s | msgs/s | of allowed | duplicates | lost | 429s | calls in"
            + " Retry-After |");
    System.out.println("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    System.out.printf(
        "| %d | %.1f | %.1f | %.1f %% | %d | %d | %d | %d |%n",
        perDelivery.size(),
        seconds,
        rate,
        100 * rate / limit.perSecond(),
        duplicates,
        MEMBERS - perDelivery.size(),
        limit.refused(),
        limit.callsTooSoon());
    assertThat(report.left()).isZero();
  }
}
