package org.commonground.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.commonground.bot.testing.AppProcess;
import org.commonground.bot.testing.CapturedOutput;
import org.commonground.bot.testing.FakeSlack;
import org.commonground.bot.testing.RunningApp;
import org.commonground.storage.DatabaseSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code serve} asking Slack about its bot token before it counts on it: in this JVM where only the
 * exit code and standard error matter, in a JVM of its own where its log and {@code /healthz} do.
 */
class SlackStartupTest {

  @RegisterExtension final CapturedOutput output = new CapturedOutput();

  @TempDir Path folder;
  private final HttpClient http = HttpClient.newHttpClient();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "invalid_auth",
        "not_authed",
        "account_inactive",
        "token_revoked",
        "token_expired"
      })
  void aTokenSlackRefusesStopsServeWithOneLineSayingWhereToGetAGoodOne(String error) {
    try (FakeSlack slack = new FakeSlack()) {
      slack.answerNext("auth.test", FakeSlack.Answer.error(error));

      int exit = CommonGroundCli.run(new String[] {"serve"}, env(slack.apiUrl(), 0));

      assertThat(exit).isEqualTo(2);
      assertThat(output.err().lines()).hasSize(1);
      assertThat(output.err())
          .startsWith("commonground: Slack refused SLACK_BOT_TOKEN (" + error + ")")
          .contains(
              "Bot User OAuth Token, which starts with xoxb-",
              "OAuth & Permissions",
              "api.slack.com");
    }
  }

  @Test
  void overSocketModeTooATokenSlackRefusesStopsServe() {
    try (FakeSlack slack = new FakeSlack()) {
      slack.answerNext("auth.test", FakeSlack.Answer.error("invalid_auth"));
      Map<String, String> env = env(slack.apiUrl(), 0);
      env.remove("SLACK_SIGNING_SECRET");
      env.put("SLACK_APP_TOKEN", RunningApp.APP_TOKEN);

      int exit = CommonGroundCli.run(new String[] {"serve"}, env);

      assertThat(exit).isEqualTo(2);
      assertThat(output.err().lines())
          .singleElement()
          .asString()
          .contains("SLACK_BOT_TOKEN (invalid_auth)");
      assertThat(slack.calls("apps.connections.open")).isEmpty();
    }
  }

  @Test
  void aTokenShortOfScopesIsWarnedAboutAndServes() throws Exception {
    int port = freePort();
    try (FakeSlack slack = new FakeSlack()) {
      slack.answerNext(
          "auth.test",
          FakeSlack.Answer.authTest(
              List.of("commands", "chat:write", "im:write", "mpim:write", "users:read")));
      try (AppProcess serve = AppProcess.start(env(slack.apiUrl(), port), "serve")) {
        String warning = serve.awaitLine("lacks the scope");

        assertThat(warning)
            .contains("WARN", "im:history, files:write, users:read.email", "reinstall the app");
        serve.awaitLine("Common Ground is listening");
        assertThat(health(port).statusCode()).isEqualTo(200);
      }
    }
  }

  @Test
  void slackDownAtStartIsAskedAgainAndServingBeginsOnceItAnswers() throws Exception {
    int slackPort = freePort();
    int port = freePort();
    String apiUrl = "http://127.0.0.1:" + slackPort + "/api/";
    try (AppProcess serve = AppProcess.start(env(apiUrl, port), "serve")) {
      assertThat(serve.awaitLine("Slack did not answer auth.test")).contains("WARN");
      // Slack is asked while the schema is migrated, so the server may not be listening yet.
      HttpResponse<String> waiting = awaitAnswer(port);
      assertThat(waiting.body()).contains("waiting for Slack");
      assertThat(waiting.statusCode()).isEqualTo(503);

      try (FakeSlack slack = new FakeSlack(slackPort)) {
        serve.awaitLine("Slack accepted the bot token");
        serve.awaitLine("Common Ground is listening");

        assertThat(health(port).statusCode()).isEqualTo(200);
        assertThat(serve.stop(java.time.Duration.ofSeconds(15))).isPresent();
      }
      assertThat(serve.lines()).noneMatch(line -> line.contains(" ERROR "));
    }
  }

  private Map<String, String> env(String apiUrl, int port) {
    Map<String, String> env =
        AppProcess.serveEnvironment(
            apiUrl, DatabaseSettings.h2FileUrl(folder.resolve("commonground").toString()));
    env.put("PORT", Integer.toString(port));
    return env;
  }

  private HttpResponse<String> health(int port) throws Exception {
    URI uri = URI.create("http://127.0.0.1:" + port + "/healthz");
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The first answer from {@code /healthz}, once the server listens. */
  private HttpResponse<String> awaitAnswer(int port) throws Exception {
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
    while (true) {
      try {
        return health(port);
      } catch (java.net.ConnectException notListeningYet) {
        if (System.nanoTime() > deadline) {
          throw notListeningYet;
        }
        Thread.onSpinWait();
      }
    }
  }

  /** A port nothing listens on, for now. */
  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
