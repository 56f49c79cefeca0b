package org.commonground.bot.slack.digest;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.Message;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.commonground.bot.core.digest.Digest;
import org.commonground.bot.core.digest.DigestChannel.Outcome;
import org.commonground.bot.core.digest.DigestWords;
import org.commonground.bot.slack.RetryAfter;

/**
 * Posts one digest as a DM, tagged with message metadata naming its round and delivery, so that
 * after a crash it can be found in the conversation instead of being sent twice.
 */
final class DigestSender {

  static final String METADATA_EVENT = "commonground_digest";
  static final String DELIVERY_KEY = "delivery";

  /** Errors that will not go away by trying again. */
  private static final Set<String> PERMANENT =
      Set.of(
          "user_not_found",
          "channel_not_found",
          "account_inactive",
          "cannot_dm_bot",
          "user_disabled",
          "is_archived");

  private final MethodsClient slack;

  DigestSender(MethodsClient slack) {
    this.slack = slack;
  }

  Outcome send(Digest digest) {
    Message.Metadata metadata =
        Message.Metadata.builder()
            .eventType(METADATA_EVENT)
            .eventPayload(
                Map.of(
                    "week",
                    digest.week().label(),
                    DELIVERY_KEY,
                    Long.toString(digest.roundMemberId())))
            .build();
    try {
      ChatPostMessageResponse response =
          slack.chatPostMessage(
              r ->
                  r.channel(digest.recipient().userId())
                      .text(DigestWords.fallbackText(digest))
                      .blocks(DigestMessage.blocks(digest))
                      .metadata(metadata));
      if (response.isOk()) {
        return new Outcome.Sent(response.getChannel(), response.getTs());
      }
      return new Outcome.Failed(response.getError(), PERMANENT.contains(response.getError()));
    } catch (SlackApiException e) {
      return failure(e);
    } catch (IOException e) {
      return new Outcome.Failed(e.getClass().getSimpleName(), false);
    }
  }

  static Outcome failure(SlackApiException e) {
    if (e.getResponse().code() == 429) {
      return new Outcome.RateLimited(RetryAfter.orAMinute(e));
    }
    String error =
        e.getError() == null ? "http_" + e.getResponse().code() : e.getError().getError();
    return new Outcome.Failed(error, PERMANENT.contains(error));
  }
}
