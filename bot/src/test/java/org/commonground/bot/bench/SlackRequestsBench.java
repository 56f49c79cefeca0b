package org.commonground.bot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.IntFunction;
import org.commonground.bot.Application;
import org.commonground.bot.config.Settings;
import org.commonground.bot.testing.FakeSlack;
import org.commonground.storage.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signed slash commands through the real server (Jetty, request verification and replay protection
 * on, the fake Slack on 127.0.0.1), next to a minimal Bolt app on the same Jetty in the same run:
 * throughput of {@code /tags} against the minimal app's, and the latency of {@code /introduce},
 * which opens a modal through the Web API, at a fixed rate.
 */
class SlackRequestsBench {

  private static final String SECRET = "bench-signing-secret";
  private static final String ADMIN = "U0BENCHADMIN";
  private static final String MEMBER = "U0BENCHMEMBER";

  private static final int CONNECTIONS = Integer.getInteger("bench.connections", 8);
  private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmup", 10));
  private static final Duration RUN = Duration.ofSeconds(Long.getLong("bench.seconds", 10));
  private static final int RATE = Integer.getInteger("bench.rate", 500);
  private static final Duration AT_RATE = Duration.ofSeconds(Long.getLong("bench.rateSeconds", 20));

  @TempDir Path folder;
  private final LoadGenerator load = new LoadGenerator();

  @Test
  void signedSlashCommands() throws Exception {
    try (FakeSlack slack = new FakeSlack();
        BenchDatabase benchDatabase = BenchDatabase.create(folder);
        Database database = Database.open(benchDatabase.settings())) {
      MinimalBoltApp minimal = new MinimalBoltApp(settings(slack));
      Application application = Application.create(settings(slack), database, Clock.systemUTC());
      application.start();
      try {
        IntFunction<HttpRequest> ping =
            SignedCommands.of(minimal.uri(), SECRET, MinimalBoltApp.COMMAND, "", ADMIN);
        IntFunction<HttpRequest> tags =
            SignedCommands.of(application.uri(), SECRET, "/tags", "", ADMIN);
        IntFunction<HttpRequest> introduce =
            SignedCommands.of(application.uri(), SECRET, "/introduce", "", MEMBER);
        warmUp(ping, tags, introduce);
        report(
            load.closedLoop(ping, CONNECTIONS, RUN),
            load.closedLoop(tags, CONNECTIONS, RUN),
            load.openLoop(introduce, RATE, AT_RATE));
      } finally {
        application.close();
        minimal.stop();
      }
    }
  }

  private void warmUp(
      IntFunction<HttpRequest> ping,
      IntFunction<HttpRequest> tags,
      IntFunction<HttpRequest> introduce)
      throws Exception {
    load.closedLoop(ping, CONNECTIONS, WARM_UP);
    load.closedLoop(tags, CONNECTIONS, WARM_UP);
    // As fast as it goes rather than at the measured rate: a cold JVM would fall behind that rate
    // and spend the warm-up on a backlog instead of compiling the command's code.
    load.closedLoop(introduce, CONNECTIONS, WARM_UP);
  }

  private static Settings settings(FakeSlack slack) {
    return Settings.fromEnvironment(
        Map.of(
            "SLACK_BOT_TOKEN",
            "xoxb-bench",
            "SLACK_SIGNING_SECRET",
            SECRET,
            "SLACK_API_URL",
            slack.apiUrl(),
            "PORT",
            "0",
            "ADMIN_USER_IDS",
            ADMIN));
  }

  private static void report(Latencies ping, Latencies tags, Latencies introduce) {
    System.out.printf(
        "%nSigned slash commands: %s, %d cores, %d connections (closed loop, %d s) or %d/s (open"
            + " loop, %d s)%n",
        BenchDatabase.kind(),
        Runtime.getRuntime().availableProcessors(),
        CONNECTIONS,
        RUN.toSeconds(),
        RATE,
        AT_RATE.toSeconds());
    System.out.println(
        "| run | requests | req/s | of minimal | p50 ms | p99 ms | max ms | failed |");
    System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    row("minimal Bolt app, ack only", ping, ping.perSecond());
    row("/tags (reads the DB, replies)", tags, ping.perSecond());
    row("/introduce at " + RATE + "/s (views.open)", introduce, ping.perSecond());
    assertThat(ping.failures() + tags.failures() + introduce.failures()).isZero();
  }

  private static void row(String name, Latencies run, double minimal) {
    System.out.printf(
        "| %s | %d | %.0f | %.0f %% | %.1f | %.1f | %.1f | %d |%n",
        name,
        run.count(),
        run.perSecond(),
        100 * run.perSecond() / minimal,
        run.percentile(50),
        run.percentile(99),
        run.maxMillis(),
        run.failures());
  }
}
