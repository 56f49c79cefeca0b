package org.commonground.bot.consent;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import java.io.IOException;
import java.time.Duration;
import org.commonground.bot.slack.RetryAfter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Posts one request to agree to the privacy notice, telling a 429 apart from a refusal. */
public final class ConsentRequestSender {

  private static final Logger log = LoggerFactory.getLogger(ConsentRequestSender.class);

  /** How a post went. */
  sealed interface Outcome {
    record Sent(String channel, String ts) implements Outcome {}

    record RateLimited(Duration retryAfter) implements Outcome {}

    record Failed() implements Outcome {}
  }

  private final MethodsClient slack;

  public ConsentRequestSender(MethodsClient slack) {
    this.slack = slack;
  }

  Outcome send(String slackUserId, PrivacyNotice notice) {
    try {
      ChatPostMessageResponse response =
          slack.chatPostMessage(
              r ->
                  r.channel(slackUserId)
                      .text(ConsentRequestMessage.TEXT)
                      .blocks(ConsentRequestMessage.blocks(notice)));
      if (response.isOk()) {
        return new Outcome.Sent(response.getChannel(), response.getTs());
      }
      log.warn(
          "Slack refused the privacy notice request to {}: {}", slackUserId, response.getError());
    } catch (SlackApiException e) {
      if (e.getResponse().code() == 429) {
        return new Outcome.RateLimited(RetryAfter.orAMinute(e));
      }
      log.warn("Slack refused the privacy notice request to {}: {}", slackUserId, e.getMessage());
    } catch (IOException e) {
      log.warn("Could not ask {} to agree to the privacy notice: {}", slackUserId, e.getMessage());
    }
    return new Outcome.Failed();
  }
}
