package org.commonground.bot.bench;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.commonground.bot.testing.FakeSlack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cold start of the packaged jar ({@code mvn -B -pl bot -am package -DskipTests} first): from
 * {@code java -jar commonground.jar serve} to the first 200 from {@code /healthz}, on a new
 * database (migrations included) and again on the same one.
 */
class ColdStartBench {

  private static final Path JAR = Path.of("target", "commonground.jar");
  private static final int RUNS = Integer.getInteger("bench.runs", 3);
  private static final Duration GIVE_UP = Duration.ofSeconds(60);

  @TempDir Path folder;
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void fromLaunchToHealthy() throws Exception {
    if (!Files.exists(JAR)) {
      throw new IllegalStateException(
          "build the jar first: mvn -B -pl bot -am package -DskipTests");
    }
    try (FakeSlack slack = new FakeSlack();
        BenchDatabase database = BenchDatabase.create(folder)) {
      List<Long> millis = new ArrayList<>();
      for (int run = 0; run < RUNS + 1; run++) {
        millis.add(coldStart(slack, database.settings().url()));
      }
      System.out.printf(
          "%nCold start to a healthy /healthz: %s, %d cores%n",
          BenchDatabase.kind(), Runtime.getRuntime().availableProcessors());
      System.out.println("| new database (migrates) | same database, runs after |");
      System.out.println("| ---: | --- |");
      System.out.printf("| %d ms | %s ms |%n", millis.get(0), millis.subList(1, millis.size()));
    }
  }

  private long coldStart(FakeSlack slack, String databaseUrl) throws Exception {
    int port = freePort();
    ProcessBuilder launch = new ProcessBuilder(java(), "-jar", JAR.toString(), "serve");
    launch.environment().clear();
    launch
        .environment()
        .putAll(
            Map.of(
                "SLACK_BOT_TOKEN",
                "xoxb-bench",
                "SLACK_SIGNING_SECRET",
                "bench-signing-secret",
                "SLACK_API_URL",
                slack.apiUrl(),
                "PORT",
                Integer.toString(port),
                "DATABASE_URL",
                databaseUrl));
    launch.redirectErrorStream(true).redirectOutput(folder.resolve("serve.log").toFile());
    long start = System.nanoTime();
    Process app = launch.start();
    try {
      awaitHealthy(port, app);
      return Duration.ofNanos(System.nanoTime() - start).toMillis();
    } finally {
      app.destroy();
      if (!app.waitFor(20, TimeUnit.SECONDS)) {
        app.destroyForcibly().waitFor();
      }
    }
  }

  private void awaitHealthy(int port, Process app) throws Exception {
    HttpRequest health =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz")).build();
    long deadline = System.nanoTime() + GIVE_UP.toNanos();
    while (System.nanoTime() < deadline && app.isAlive()) {
      try {
        if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (java.io.IOException notYetListening) {
        // polled again below
      }
      Thread.sleep(5);
    }
    throw new IllegalStateException("not healthy: see " + folder.resolve("serve.log"));
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static int freePort() throws java.io.IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
