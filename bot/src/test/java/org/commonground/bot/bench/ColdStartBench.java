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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.commonground.bot.testing.FakeSlack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cold start of the packaged jar ({@code mvn -B -pl bot -am package -DskipTests} first): from
 * launching {@code serve} to the first 200 from {@code /healthz}, on a new database (migrations
 * included) and then again and again on the same one. Two launches, taking turns so that the
 * machine's changes of speed fall on both alike: the plain jar, and the jar as the container image
 * runs it ({@link JvmLaunch#asTheImage}). Besides the time, the CPU the JVM used by then, which
 * says more than the time when other work shares the machine.
 */
class ColdStartBench {

  /** The jar to start; {@code -Dbench.jar} names another, e.g. an earlier release's. */
  private static final Path JAR =
      Path.of(System.getProperty("bench.jar", Path.of("target", "commonground.jar").toString()));

  private static final int RUNS = Integer.getInteger("bench.runs", 5);
  private static final Duration GIVE_UP = Duration.ofSeconds(60);

  @TempDir Path folder;
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void fromLaunchToHealthy() throws Exception {
    if (!Files.exists(JAR)) {
      throw new IllegalStateException(
          "build the jar first: mvn -B -pl bot -am package -DskipTests");
    }
    String loadBefore = loadAverage();
    List<JvmLaunch> launches =
        List.of(JvmLaunch.plain(JAR), JvmLaunch.asTheImage(JAR, folder.resolve("image")));
    Map<JvmLaunch, BenchDatabase> databases = new LinkedHashMap<>();
    Map<JvmLaunch, List<Start>> starts = new LinkedHashMap<>();
    try (FakeSlack slack = new FakeSlack()) {
      for (JvmLaunch launch : launches) {
        Path own = Files.createDirectories(folder.resolve("db-" + databases.size()));
        databases.put(launch, BenchDatabase.create(own));
        starts.put(launch, new ArrayList<>());
      }
      for (int run = 0; run < RUNS + 1; run++) {
        for (JvmLaunch launch : launches) {
          String url = databases.get(launch).settings().url();
          starts.get(launch).add(coldStart(launch, slack, url));
        }
      }
    } finally {
      for (BenchDatabase database : databases.values()) {
        database.close();
      }
    }
    print(starts, loadBefore);
  }

  private static void print(Map<JvmLaunch, List<Start>> starts, String loadBefore) {
    System.out.printf(
        "%nCold start to a healthy /healthz: %s, %d cores, java %s, load average %s before and"
            + " %s after%n",
        BenchDatabase.kind(),
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.vm.version"),
        loadBefore,
        loadAverage());
    System.out.println(
        "| launch | new database (migrates) | same database | CPU used, same database | each run |");
    System.out.println("| --- | ---: | ---: | ---: | --- |");
    starts.forEach(
        (launch, runs) -> {
          List<Start> same = runs.subList(1, runs.size());
          System.out.printf(
              "| %s | %d ms | %s ms | %s ms | %s |%n",
              launch.name(),
              runs.get(0).millis(),
              range(same.stream().mapToLong(Start::millis).toArray()),
              range(same.stream().mapToLong(Start::cpuMillis).toArray()),
              same.stream().map(Start::toString).toList());
        });
  }

  private static String range(long[] values) {
    return Arrays.stream(values).min().orElseThrow()
        + "–"
        + Arrays.stream(values).max().orElseThrow();
  }

  /** How long a start took to a healthy {@code /healthz}, and the CPU the JVM used by then. */
  private record Start(long millis, long cpuMillis) {
    @Override
    public String toString() {
      return millis + " ms (" + cpuMillis + " CPU)";
    }
  }

  private Start coldStart(JvmLaunch launch, FakeSlack slack, String databaseUrl) throws Exception {
    int port = freePort();
    List<String> command = new ArrayList<>(launch.command());
    command.add("serve");
    ProcessBuilder start = new ProcessBuilder(command);
    start.environment().clear();
    start
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
    start.redirectErrorStream(true).redirectOutput(folder.resolve("serve.log").toFile());
    long begun = System.nanoTime();
    Process app = start.start();
    try {
      awaitHealthy(port, app);
      long millis = Duration.ofNanos(System.nanoTime() - begun).toMillis();
      Duration cpu = app.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
      return new Start(millis, cpu.toMillis());
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

  /** The 1, 5 and 15 minute load averages, which say how busy the machine was. */
  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return String.join(" ", fields[0], fields[1], fields[2]);
    } catch (java.io.IOException notLinux) {
      return "unknown";
    }
  }

  private static int freePort() throws java.io.IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
