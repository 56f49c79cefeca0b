package org.commonground.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import ch.qos.logback.classic.Level;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.commonground.bot.testing.AppProcess;
import org.commonground.bot.testing.CapturedLogs;
import org.commonground.bot.testing.CapturedOutput;
import org.commonground.bot.testing.FakeSlack;
import org.commonground.bot.testing.FreePort;
import org.commonground.bot.testing.Members;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.Samples;
import org.commonground.bot.testing.SignedRequests;
import org.commonground.bot.testing.VisibleText;
import org.commonground.storage.Database;
import org.commonground.storage.DatabaseSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} as an operator runs it, with the database URLs an operator writes. */
class ServeCommandTest {

  @RegisterExtension final CapturedOutput output = new CapturedOutput();
  @RegisterExtension final CapturedLogs logs = new CapturedLogs();
  @TempDir Path folder;
  private final FakeSlack slack = new FakeSlack();

  @AfterEach
  void stop() {
    slack.close();
  }

  @Test
  void aPlainH2FileUrlServesSignedRequests() throws Exception {
    String url = "jdbc:h2:file:" + folder.resolve("db");

    try (AppProcess serve = AppProcess.start(environment(url), "serve")) {
      SignedRequests requests =
          new SignedRequests(serve.awaitListening(), RunningApp.SIGNING_SECRET, Clock.systemUTC());
      HttpResponse<String> tags = requests.slashCommand("/tags", "", Members.MEMBER);
      HttpResponse<String> verification =
          requests.event(JsonParser.parseString(Samples.text("url_verification.json")).toString());

      assertThat(tags.statusCode()).as(serve.output()).isEqualTo(200);
      assertThat(VisibleText.of(tags.body())).contains("*Children &amp; families*", "• SEND");
      assertThat(verification.statusCode()).as(serve.output()).isEqualTo(200);
      assertThat(verification.body()).isEqualTo("challenge-value");
    }
  }

  @Test
  void anH2UrlThatContradictsANeededSettingExitsWithOneLineNamingIt() {
    String url = "jdbc:h2:file:" + folder.resolve("db") + ";MODE=MySQL";

    // Without the signing secret: were the URL let through, serve would stop at that, not run.
    Map<String, String> env = environment(url);
    env.remove("SLACK_SIGNING_SECRET");

    int exit = CommonGroundCli.run(new String[] {"serve"}, env);

    assertThat(exit).isEqualTo(2);
    assertThat(output.err().lines())
        .singleElement(STRING)
        .startsWith("commonground: DATABASE_URL sets MODE=MySQL")
        .contains("MODE=PostgreSQL");
    assertThat(folder).isEmptyDirectory();
  }

  @Test
  @Timeout(60)
  void aMigrationChangedSinceItWasAppliedStopsServeSayingWhich() {
    String url = DatabaseSettings.h2FileUrl(folder.resolve("db").toString());
    try (Database database = Database.open(new DatabaseSettings(url, "", "", 2))) {
      database
          .jdbi()
          .useHandle(
              handle ->
                  handle.execute(
                      "UPDATE flyway_schema_history SET checksum = 12345 WHERE version = '1'"));
    }

    int exit = CommonGroundCli.run(new String[] {"serve"}, environment(url));

    assertThat(exit).isNotZero();
    assertThat(output.err()).contains("checksum mismatch for migration version 1");
  }

  @Test
  @Timeout(60)
  void aDatabaseThatDoesNotAnswerExitsWithOneLineSayingWhereWithoutThePassword() {
    String url =
        "jdbc:postgresql://127.0.0.1:" + FreePort.pick() + "/commonground?password=pw-Secret7";

    int exit = CommonGroundCli.run(new String[] {"serve"}, environment(url));

    assertThat(exit).isEqualTo(2);
    assertThat(output.err().lines())
        .singleElement(STRING)
        .startsWith(
            "commonground: could not connect to the database at jdbc:postgresql://127.0.0.1:")
        .contains("/commonground: ", "check DATABASE_URL")
        .doesNotContain("pw-Secret7");
    // Nothing before that line shouts: no error, and no stack trace to scroll past.
    assertThat(logs.events())
        .noneMatch(event -> event.getLevel().isGreaterOrEqual(Level.ERROR))
        .noneMatch(event -> event.getThrowableProxy() != null);
  }

  private Map<String, String> environment(String databaseUrl) {
    return AppProcess.serveEnvironment(slack.apiUrl(), databaseUrl);
  }
}
