package org.commonground.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonground.bot.config.Settings;
import org.commonground.bot.config.SettingsException;
import org.commonground.bot.metrics.AppMetrics;
import org.commonground.bot.schedule.Sleeper;
import org.commonground.bot.testing.CapturedLogs;
import org.commonground.bot.testing.FakeSlack;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.TestPaces;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The start-up check of the bot token against a fake Slack, with waits recorded, not waited. */
class BotTokenCheckTest {

  @RegisterExtension final CapturedLogs logs = new CapturedLogs();

  private final FakeSlack slack = new FakeSlack();
  private final List<Duration> pauses = new ArrayList<>();

  @AfterEach
  void stopSlack() {
    slack.close();
  }

  @Test
  void pausesDoubleFromOneSecondToAMinuteUnlessSlackSaysToWaitLonger() {
    assertThat(List.of(1, 2, 3, 6, 7, 20))
        .map(failures -> BotTokenCheck.pause(failures, Optional.empty()).toSeconds())
        .containsExactly(1L, 2L, 4L, 32L, 60L, 60L);
    assertThat(BotTokenCheck.pause(1, Optional.of(Duration.ofSeconds(30))))
        .isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void asksAgainWhileSlackIsDownOrBusyThenPasses() throws Exception {
    slack.answerNext("auth.test", new FakeSlack.Answer(503, Map.of(), "upstream unavailable"));
    slack.answerNext("auth.test", FakeSlack.Answer.rateLimited(30));
    slack.answerNext("auth.test", FakeSlack.Answer.error("internal_error"));
    BotTokenCheck check = check(this::recordPause);

    assertThat(check.await()).isTrue();

    assertThat(check.accepted()).isTrue();
    assertThat(pauses)
        .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(4));
    assertThat(logs.from(BotTokenCheck.class.getName()))
        .filteredOn(event -> event.getLevel() == Level.WARN)
        .extracting(event -> event.getFormattedMessage())
        .satisfiesExactly(
            first -> assertThat(first).contains("HTTP 503"),
            second -> assertThat(second).contains("HTTP 429", "30 s"),
            third -> assertThat(third).contains("internal_error"));
  }

  @Test
  void aRefusedTokenIsASettingsErrorSayingWhereToGetAGoodOne() {
    slack.answerNext("auth.test", FakeSlack.Answer.error("token_revoked"));
    BotTokenCheck check = check(this::recordPause);

    assertThatThrownBy(check::await)
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("SLACK_BOT_TOKEN")
        .hasMessageContaining("token_revoked")
        .hasMessageContaining("OAuth & Permissions")
        .hasMessageContaining("xoxb-");
    assertThat(check.accepted()).isFalse();
  }

  @Test
  void aTokenShortOfScopesPassesWithAWarningNamingEachMissingScope() throws Exception {
    slack.answerNext(
        "auth.test", FakeSlack.Answer.authTest(List.of("commands", "chat:write", "users:read")));

    assertThat(check(this::recordPause).await()).isTrue();

    assertThat(logs.from(BotTokenCheck.class.getName()))
        .filteredOn(event -> event.getLevel() == Level.WARN)
        .singleElement()
        .extracting(event -> event.getFormattedMessage())
        .asString()
        .contains("im:write, mpim:write, im:history, files:write", "reinstall the app");
  }

  @Test
  void aTokenWithEveryScopePassesWithoutAWarning() throws Exception {
    assertThat(check(this::recordPause).await()).isTrue();

    assertThat(logs.from(BotTokenCheck.class.getName()))
        .noneMatch(event -> event.getLevel() == Level.WARN);
  }

  @Test
  void givesUpWaitingWhenTheAppStops() throws Exception {
    slack.answerNext("auth.test", new FakeSlack.Answer(503, Map.of(), ""));

    assertThat(check(duration -> false).await()).isFalse();
  }

  private boolean recordPause(Duration duration) {
    pauses.add(duration);
    return true;
  }

  private BotTokenCheck check(Sleeper sleeper) {
    Settings settings =
        Settings.fromEnvironment(
            Map.of("SLACK_API_URL", slack.apiUrl(), "SLACK_BOT_TOKEN", RunningApp.BOT_TOKEN));
    return new BotTokenCheck(
        SlackClients.slack(settings, new AppMetrics(), TestPaces.slack())
            .methods(settings.slackBotToken()),
        sleeper);
  }
}
