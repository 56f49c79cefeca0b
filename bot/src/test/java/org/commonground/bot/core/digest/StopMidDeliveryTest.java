package org.commonground.bot.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.commonground.bot.slack.digest.DeliveryResilienceTest;
import org.commonground.bot.testing.AppProcess;
import org.commonground.bot.testing.FakeSlack;
import org.commonground.bot.testing.SlackCall;
import org.commonground.storage.Database;
import org.commonground.storage.DatabaseSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code serve} stopped with SIGTERM, as a container is, in the middle of a round's
 * delivery: it ends promptly and cleanly, and the next start sends the rest, nobody getting a
 * digest twice or not at all.
 */
class StopMidDeliveryTest {

  /** Well within the grace period container runtimes give before they kill. */
  private static final Duration STOP_WITHIN = Duration.ofSeconds(15);

  @TempDir Path folder;
  private final FakeSlack slack = new FakeSlack();

  @AfterEach
  void stopSlack() {
    slack.close();
  }

  @Test
  void sigtermMidRoundEndsPromptlyWithoutErrorsAndTheNextStartSendsTheRest() throws Exception {
    String databaseUrl = DatabaseSettings.h2FileUrl(folder.resolve("commonground").toString());
    try (Database database = Database.open(new DatabaseSettings(databaseUrl, "", "", 2))) {
      DeliveryResilienceTest.seedRound(database);
    }

    // One message every 5 s: the round would take a minute, so the stop lands mid-round, in a wait.
    try (AppProcess first = AppProcess.start(env(databaseUrl, "12"), "serve")) {
      first.awaitLine("Common Ground is listening");
      slack.awaitCalls("chat.postMessage", 1);

      assertThat(first.stop(STOP_WITHIN)).as("ended within %s of SIGTERM", STOP_WITHIN).isPresent();
      assertThat(first.output()).contains("still to send");
      assertThat(first.lines()).noneMatch(line -> line.contains(" ERROR "));
    }
    assertThat(slack.calls("chat.postMessage")).hasSizeLessThan(DeliveryResilienceTest.MEMBERS);

    try (AppProcess second = AppProcess.start(env(databaseUrl, "6000"), "serve")) {
      second.awaitLine("Common Ground is listening");
      slack.awaitCalls("chat.postMessage", DeliveryResilienceTest.MEMBERS);
      assertThat(second.stop(STOP_WITHIN)).isPresent();
    }
    Map<String, Long> perDelivery = SlackCall.digestsPerDelivery(slack.calls("chat.postMessage"));
    assertThat(perDelivery).hasSize(DeliveryResilienceTest.MEMBERS);
    assertThat(perDelivery.values()).containsOnly(1L);
  }

  private Map<String, String> env(String databaseUrl, String messagesPerMinute) {
    Map<String, String> env = AppProcess.serveEnvironment(slack.apiUrl(), databaseUrl);
    env.put("DIGEST_MESSAGES_PER_MINUTE", messagesPerMinute);
    return env;
  }
}
