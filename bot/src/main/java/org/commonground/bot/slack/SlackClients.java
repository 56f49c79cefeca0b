package org.commonground.bot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.methods.MethodsConfig;
import com.slack.api.util.http.SlackHttpClient;
import okhttp3.OkHttpClient;
import org.commonground.bot.config.Settings;
import org.commonground.bot.core.delivery.PlatformPace;
import org.commonground.bot.metrics.AppMetrics;
import org.commonground.bot.metrics.RateLimitCounter;
import org.commonground.bot.metrics.RequestMetrics;

/**
 * Builds the Slack Web API client and Bolt's app from our settings alone: Bolt's own builder
 * defaults read the process environment, which tests must never pick up.
 */
public final class SlackClients {

  private SlackClients() {}

  /**
   * The Web API client; every 429 it receives is counted in {@code metrics}, and every message it
   * posts goes at Slack's {@code pace}. For Teams alone it calls nothing.
   */
  public static Slack slack(Settings settings, AppMetrics metrics, PlatformPace pace) {
    SlackConfig config = new SlackConfig();
    settings.slackApiUrl().ifPresent(config::setMethodsEndpointUrlPrefix);
    config.setPrettyResponseLoggingEnabled(false);
    // The SDK's own call statistics, unused here, make it call auth.test behind the app's back on
    // the first call with each token, and log an ERROR with a stack trace when Slack is down.
    config.setMethodsConfig(MethodsConfig.builder().statsEnabled(false).build());
    OkHttpClient.Builder http =
        SlackHttpClient.buildOkHttpClient(config)
            .newBuilder()
            .socketFactory(new NoDelaySockets())
            // Outside the counter, so that a 429 waited out and posted again is still counted.
            .addInterceptor(new PacedPosts(pace))
            .addInterceptor(new RateLimitCounter(metrics))
            .addInterceptor(new FormBodiesEncodedOnce());
    if (!settings.slackOn()) {
      http.addInterceptor(new SlackOff());
    }
    return Slack.getInstance(config, new SlackHttpClient(http.build()));
  }

  /** The Bolt app, checking each request's signature strictly and letting it act only once. */
  public static App app(Settings settings, Slack slack, ReplayGuard replays, AppMetrics metrics) {
    return new GuardedApp(appConfig(settings, slack), new RequestMetrics(metrics), replays);
  }

  /** Bolt's configuration for a single workspace, with nothing read from the environment. */
  public static AppConfig appConfig(Settings settings, Slack slack) {
    return AppConfig.builder()
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
  }
}
