package org.commonground.bot.slack;

import com.slack.api.methods.MethodsClient;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commonground.bot.config.SettingsException;
import org.commonground.bot.schedule.Sleeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks Slack at start-up whether it takes the bot token, before the app counts on it. A refused
 * token stops the app with one line saying where to get a good one. A token short of scopes the
 * manifest asks for gets a warning naming them, and the app serves what it can: most features still
 * work, and stopping would take them all away. No answer (Slack down, unreachable or overloaded) is
 * asked again after a pause that doubles up to a minute, for as long as it takes.
 */
public final class BotTokenCheck {

  static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
  static final Duration LONGEST_PAUSE = Duration.ofMinutes(1);

  private static final Logger log = LoggerFactory.getLogger(BotTokenCheck.class);

  private final AuthTest authTest;
  private final Sleeper sleeper;
  private volatile boolean accepted;
  private volatile String teamId;

  public BotTokenCheck(MethodsClient client, Sleeper sleeper) {
    this.authTest = new AuthTest(client);
    this.sleeper = sleeper;
  }

  /**
   * Returns true once Slack has taken the token, or false if the app began to stop first.
   *
   * @throws SettingsException when Slack refuses the token
   */
  public boolean await() throws InterruptedException {
    for (int failures = 1; ; failures++) {
      AuthTest.Verdict verdict = authTest.ask();
      if (verdict instanceof AuthTest.Verdict.Accepted taken) {
        log.info("Slack accepted the bot token for workspace {}", taken.team());
        taken.scopes().ifPresent(BotTokenCheck::warnIfShort);
        teamId = taken.teamId();
        accepted = true;
        return true;
      }
      if (verdict instanceof AuthTest.Verdict.Refused refused) {
        throw new SettingsException(refusal(refused.error()));
      }
      AuthTest.Verdict.NoAnswer none = (AuthTest.Verdict.NoAnswer) verdict;
      Duration pause = pause(failures, none.retryAfter());
      log.warn(
          "Slack did not answer auth.test ({}); asking again in {} s, and /healthz answers 503"
              + " until it does",
          none.reason(),
          pause.toSeconds());
      if (!sleeper.sleep(pause)) {
        return false;
      }
    }
  }

  /** Whether Slack has taken the token, for {@code /healthz}. */
  public boolean accepted() {
    return accepted;
  }

  /** The id of the workspace the token is for, once Slack has said. */
  public Optional<String> teamId() {
    return Optional.ofNullable(teamId);
  }

  /** 1 s after the first failure, doubling to a minute; longer if Slack said to wait longer. */
  static Duration pause(int failures, Optional<Duration> slackSaid) {
    Duration doubled = FIRST_PAUSE.multipliedBy(1L << Math.min(failures - 1, 6));
    Duration ours = doubled.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : doubled;
    return slackSaid.filter(wait -> wait.compareTo(ours) > 0).orElse(ours);
  }

  private static String refusal(String error) {
    return "Slack refused SLACK_BOT_TOKEN ("
        + error
        + "): copy the Bot User OAuth Token, which starts with xoxb-, from your app's OAuth &"
        + " Permissions page at api.slack.com/apps (reinstall the app to the workspace first if it"
        + " shows none)";
  }

  private static void warnIfShort(Set<String> granted) {
    List<String> missing = BotScopes.missingFrom(granted);
    if (!missing.isEmpty()) {
      log.warn(
          "The bot token lacks the scope(s) {} that manifest.yml asks for, so what needs them will"
              + " fail: add them under Scopes on your app's OAuth & Permissions page at"
              + " api.slack.com/apps (or update the app from manifest.yml), then reinstall the app"
              + " to the workspace",
          String.join(", ", missing));
    }
  }
}
