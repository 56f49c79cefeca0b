package org.commonground.bot.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.commonground.bot.testing.AppProcess;
import org.commonground.bot.testing.FakeSlack;
import org.commonground.storage.DatabaseSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What an operator sees when the app starts, in a JVM of its own as logging starts once per JVM:
 * the app's own output first, and none of logback's report on its configuration, which it prints
 * only when that configuration is broken.
 */
class QuietStartTest {

  private static final String LOGBACK_STATUS = "ch.qos.logback";

  @TempDir Path folder;

  @Test
  void demoPrintsTheDemoFirst() throws Exception {
    try (AppProcess demo =
        AppProcess.start(Map.of(), "demo", "--members", "20", "--digests", "1")) {
      assertThat(demo.awaitExit()).isZero();

      assertThat(demo.lines().get(0)).startsWith("Common Ground demo: round ");
      assertThat(demo.output()).doesNotContain(LOGBACK_STATUS);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json"})
  void serveWritesOnlyItsOwnLogInTheChosenFormat(String format) throws Exception {
    try (FakeSlack slack = new FakeSlack();
        AppProcess serve = AppProcess.start(serveEnv(slack, format), "serve")) {
      serve.awaitLine("Common Ground is listening");
      serve.stop(java.time.Duration.ofSeconds(15));

      List<String> lines = serve.lines();
      assertThat(String.join("\n", lines)).doesNotContain(LOGBACK_STATUS);
      if (format.equals("json")) {
        assertThat(lines).allSatisfy(line -> JsonParser.parseString(line).getAsJsonObject());
      } else {
        assertThat(lines).allMatch(line -> line.matches("\\d{4}-\\d\\d-\\d\\d .*"), "timestamped");
      }
    }
  }

  private Map<String, String> serveEnv(FakeSlack slack, String format) {
    Map<String, String> env =
        AppProcess.serveEnvironment(
            slack.apiUrl(), DatabaseSettings.h2FileUrl(folder.resolve("commonground").toString()));
    env.put("LOG_FORMAT", format);
    return env;
  }
}
