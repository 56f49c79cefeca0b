package org.commonground.bot.slack.consent;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import java.io.IOException;
import org.commonground.bot.core.consent.ConsentRequestMessages;
import org.commonground.bot.core.consent.PrivacyNotice;
import org.commonground.bot.slack.RetryAfter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The request as a Slack DM with its <b>I agree</b> button, telling a 429 apart from a refusal. */
public final class SlackConsentRequestMessages implements ConsentRequestMessages {

  private static final Logger log = LoggerFactory.getLogger(SlackConsentRequestMessages.class);

  private final MethodsClient slack;

  public SlackConsentRequestMessages(MethodsClient slack) {
    this.slack = slack;
  }

  @Override
  public Outcome send(String userId, PrivacyNotice notice) {
    try {
      ChatPostMessageResponse response =
          slack.chatPostMessage(
              r ->
                  r.channel(userId)
                      .text(ConsentRequestDm.TEXT)
                      .blocks(ConsentRequestDm.blocks(notice)));
      if (response.isOk()) {
        return new Outcome.Sent(response.getChannel(), response.getTs());
      }
      log.warn("Slack refused the privacy notice request to {}: {}", userId, response.getError());
    } catch (SlackApiException e) {
      if (e.getResponse().code() == 429) {
        return new Outcome.RateLimited(RetryAfter.orAMinute(e));
      }
      log.warn("Slack refused the privacy notice request to {}: {}", userId, e.getMessage());
    } catch (IOException e) {
      log.warn("Could not ask {} to agree to the privacy notice: {}", userId, e.getMessage());
    }
    return new Outcome.Failed();
  }
}
