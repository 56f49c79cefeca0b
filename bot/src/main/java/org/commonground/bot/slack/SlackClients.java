package org.commonground.bot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import org.commonground.bot.config.Settings;

/**
 * Builds the Slack Web API client and Bolt's app from our settings alone: Bolt's own builder
 * defaults read the process environment, which tests must never pick up.
 */
public final class SlackClients {

  private SlackClients() {}

  public static Slack slack(Settings settings) {
    SlackConfig config = new SlackConfig();
    settings.slackApiUrl().ifPresent(config::setMethodsEndpointUrlPrefix);
    config.setPrettyResponseLoggingEnabled(false);
    return Slack.getInstance(config);
  }

  /** The Bolt app, checking each request's signature strictly and letting it act only once. */
  public static App app(Settings settings, Slack slack, ReplayGuard replays) {
    AppConfig config =
        AppConfig.builder()
            .slack(slack)
            .singleTeamBotToken(settings.slackBotToken())
            .signingSecret(settings.slackSigningSecret())
            .verificationToken(null)
            .clientId(null)
            .clientSecret(null)
            .redirectUri(null)
            .scope(null)
            .userScope(null)
            .authTestCacheEnabled(true)
            // Slack retries any event not answered 2xx; events we do not act on are still received.
            .allEventsApiAutoAckEnabled(true)
            .build();
    return new GuardedApp(config, replays);
  }
}
