package org.commonground.bot.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonground.bot.Main;

/**
 * {@code commonground serve} exactly as an operator runs it, in a JVM of its own with only the
 * given environment, so that the whole start-up (settings, database URL, migrations, Jetty) is the
 * real one. It is stopped as a container stops it, with SIGTERM, which runs its shutdown hook.
 */
public final class ServeProcess implements AutoCloseable {

  private static final Pattern LISTENING = Pattern.compile("listening on port (\\d+)");
  private static final long START_SECONDS = 60;

  private final Process process;
  private final List<String> output = new ArrayList<>();
  private final URI uri;

  private ServeProcess(Process process) throws Exception {
    this.process = process;
    CompletableFuture<Integer> port = CompletableFuture.supplyAsync(this::readUntilListening);
    try {
      this.uri = URI.create("http://127.0.0.1:" + port.get(START_SECONDS, TimeUnit.SECONDS) + "/");
    } catch (Exception e) {
      close();
      throw new IllegalStateException("serve did not start: " + output(), e);
    }
  }

  /** Starts {@code serve} with {@code env} and waits until it listens. */
  public static ServeProcess start(Map<String, String> env) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
            java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve");
    builder.environment().clear();
    builder.environment().putAll(env);
    return new ServeProcess(builder.redirectErrorStream(true).start());
  }

  /** Reads the log until the line that names the port; the rest of the log is drained after it. */
  private int readUntilListening() {
    BufferedReader log =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    try {
      for (String line = log.readLine(); line != null; line = log.readLine()) {
        record(line);
        Matcher listening = LISTENING.matcher(line);
        if (listening.find()) {
          CompletableFuture.runAsync(() -> drain(log));
          return Integer.parseInt(listening.group(1));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    throw new IllegalStateException("serve stopped before it listened");
  }

  private void drain(BufferedReader log) {
    try {
      for (String line = log.readLine(); line != null; line = log.readLine()) {
        record(line);
      }
    } catch (IOException stopped) {
      // the process is gone; what it wrote is kept
    }
  }

  private synchronized void record(String line) {
    output.add(line);
  }

  /** Everything the process has written so far, for failure messages. */
  public synchronized String output() {
    return String.join("\n", output);
  }

  /** Where it listens, e.g. {@code http://127.0.0.1:41234/}. */
  public URI uri() {
    return uri;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
