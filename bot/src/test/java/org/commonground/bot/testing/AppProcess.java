package org.commonground.bot.testing;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.commonground.bot.Main;

/**
 * The app's command line in a JVM of its own, as an operator runs the jar: with only the
 * environment given, with the app's own logging rather than the tests' {@code logback-test.xml}
 * (logging starts once per JVM), and with everything it prints, standard output and error together,
 * kept for the test to wait for and read.
 */
public final class AppProcess implements AutoCloseable {

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final Pattern LISTENING = Pattern.compile("listening on port (\\d+)");

  private final Process process;
  private final List<String> lines = new ArrayList<>();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition printed = lock.newCondition();
  private boolean ended;

  private AppProcess(Process process) {
    this.process = process;
    Thread reader = new Thread(this::read, "app-process-output");
    reader.setDaemon(true);
    reader.start();
  }

  /** Runs {@code commonground ARGS…} with nothing but {@code env} in its environment. */
  public static AppProcess start(Map<String, String> env, String... args) {
    List<String> command =
        Stream.concat(
                Stream.of(java(), "-cp", appClassPath(), Main.class.getName()), Arrays.stream(args))
            .toList();
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().clear();
    builder.environment().putAll(env);
    try {
      return new AppProcess(builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What {@code serve} needs to run against a fake Slack at {@code apiUrl} on {@code databaseUrl},
   * on any free port; tests add or replace variables in the map returned.
   */
  public static Map<String, String> serveEnvironment(String apiUrl, String databaseUrl) {
    Map<String, String> env = new HashMap<>();
    env.put("SLACK_BOT_TOKEN", RunningApp.BOT_TOKEN);
    env.put("SLACK_SIGNING_SECRET", RunningApp.SIGNING_SECRET);
    env.put("SLACK_API_URL", apiUrl);
    env.put("PORT", "0");
    env.put("DATABASE_URL", databaseUrl);
    return env;
  }

  /** Waits until {@code serve} says it listens, and returns where. */
  public URI awaitListening() {
    Matcher port = LISTENING.matcher(awaitLine("listening on port"));
    if (!port.find()) {
      throw new AssertionError("no port in the listening line; printed:\n" + output());
    }
    return URI.create("http://127.0.0.1:" + port.group(1) + "/");
  }

  /** Waits until a line containing {@code text} has been printed, and returns it. */
  public String awaitLine(String text) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    lock.lock();
    try {
      while (true) {
        for (String line : lines) {
          if (line.contains(text)) {
            return line;
          }
        }
        long left = deadline - System.nanoTime();
        if (ended || left <= 0) {
          throw new AssertionError("never printed '" + text + "'; printed:\n" + output());
        }
        printed.await(left, TimeUnit.NANOSECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    } finally {
      lock.unlock();
    }
  }

  /** Waits for the process to end by itself, and returns its exit code. */
  public int awaitExit() throws InterruptedException {
    if (!process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
      throw new AssertionError("still running after " + PATIENCE + "; printed:\n" + output());
    }
    return process.exitValue();
  }

  /**
   * Sends SIGTERM, as {@code docker stop}, Kubernetes and Ctrl-C do, and returns how long the
   * process took to end, or empty if it had not ended within {@code within}.
   */
  public Optional<Duration> stop(Duration within) throws InterruptedException {
    long start = System.nanoTime();
    // Process.destroy() would also close the pipe, losing what the app prints while it stops.
    process.toHandle().destroy();
    if (!process.waitFor(within.toNanos(), TimeUnit.NANOSECONDS)) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofNanos(System.nanoTime() - start));
  }

  /** Every line printed so far, once the output has been read to its end if the process ended. */
  public List<String> lines() {
    lock.lock();
    try {
      if (!process.isAlive()) {
        while (!ended) {
          printed.awaitUninterruptibly();
        }
      }
      return List.copyOf(lines);
    } finally {
      lock.unlock();
    }
  }

  public String output() {
    return String.join("\n", lines());
  }

  private void read() {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        append(line);
      }
    } catch (IOException e) {
      append("(output lost: " + e + ")");
    } finally {
      lock.lock();
      try {
        ended = true;
        printed.signalAll();
      } finally {
        lock.unlock();
      }
    }
  }

  private void append(String line) {
    lock.lock();
    try {
      lines.add(line);
      printed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroyForcibly().waitFor();
    }
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The tests' class path without what holds {@code logback-test.xml}. */
  private static String appClassPath() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !holdsTestLogging(Path.of(entry)))
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static boolean holdsTestLogging(Path entry) {
    if (Files.isDirectory(entry)) {
      return Files.exists(entry.resolve("logback-test.xml"));
    }
    try (JarFile jar = new JarFile(entry.toFile())) {
      return jar.getEntry("logback-test.xml") != null;
    } catch (IOException notAJar) {
      return false;
    }
  }
}
