package org.commonground.bot.slack.rounds;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import java.io.IOException;
import org.commonground.bot.core.programme.BreakNotices;
import org.commonground.bot.slack.RetryAfter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** "No introductions this week" as a Slack DM, telling a 429 apart from a refusal. */
public final class SlackBreakNotices implements BreakNotices {

  private static final Logger log = LoggerFactory.getLogger(SlackBreakNotices.class);

  private final MethodsClient slack;

  public SlackBreakNotices(MethodsClient slack) {
    this.slack = slack;
  }

  @Override
  public Outcome tell(String userId, String markup) {
    try {
      ChatPostMessageResponse response = slack.chatPostMessage(r -> r.channel(userId).text(markup));
      if (response.isOk()) {
        return new Outcome.Sent();
      }
      log.warn("Slack refused the no-round notice to {}: {}", userId, response.getError());
    } catch (SlackApiException e) {
      if (e.getResponse().code() == 429) {
        return new Outcome.RateLimited(RetryAfter.orAMinute(e));
      }
      log.warn("Slack refused the no-round notice to {}: {}", userId, e.getMessage());
    } catch (IOException e) {
      log.warn("Could not tell {} there is no round: {}", userId, e.getMessage());
    }
    return new Outcome.Failed();
  }
}
