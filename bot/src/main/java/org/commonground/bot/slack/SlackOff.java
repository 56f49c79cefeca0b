package org.commonground.bot.slack;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Refuses every Web API call of an app running for Teams alone, before it leaves the process:
 * without a bot token there is no workspace to call, and no call should reach slack.com. Callers
 * already take a failed call in their stride (logged, never thrown at a person).
 */
final class SlackOff implements Interceptor {

  @Override
  public Response intercept(Chain chain) throws IOException {
    throw new IOException("Slack is off: SLACK_BOT_TOKEN is not set");
  }
}
