package org.commonground.bot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.block.LayoutBlock;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.commonground.storage.messages.SentMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts, updates and whispers messages, logging what Slack refuses instead of throwing: these run
 * after the acknowledgement, where nobody could be shown an error anyway.
 */
public final class Poster {

  private static final Logger log = LoggerFactory.getLogger(Poster.class);

  @FunctionalInterface
  private interface Call {
    SlackApiTextResponse send() throws IOException, SlackApiException;
  }

  private final MethodsClient slack;

  public Poster(MethodsClient slack) {
    this.slack = slack;
  }

  /** Posts to a channel, or to a member's DM with the app when given their user id. */
  public void post(String channel, String text, List<LayoutBlock> blocks) {
    run(
        "chat.postMessage",
        channel,
        () -> slack.chatPostMessage(r -> r.channel(channel).text(text).blocks(blocks)));
  }

  /** Like {@link #post}, and says where the message landed, so the app can remove it later. */
  public Optional<SentMessage> postKept(String channel, String text, List<LayoutBlock> blocks) {
    try {
      ChatPostMessageResponse response =
          slack.chatPostMessage(r -> r.channel(channel).text(text).blocks(blocks));
      if (response.isOk()) {
        return Optional.of(new SentMessage(response.getChannel(), response.getTs()));
      }
      log.warn("Slack refused chat.postMessage to {}: {}", channel, response.getError());
    } catch (IOException | SlackApiException e) {
      log.warn("Could not call chat.postMessage for {}: {}", channel, e.getMessage());
    }
    return Optional.empty();
  }

  public void update(String channel, String ts, String text, List<LayoutBlock> blocks) {
    run(
        "chat.update",
        channel,
        () -> slack.chatUpdate(r -> r.channel(channel).ts(ts).text(text).blocks(blocks)));
  }

  /** A message only {@code user} sees in {@code channel}. */
  public void whisper(String channel, String user, String text) {
    run(
        "chat.postEphemeral",
        channel,
        () -> slack.chatPostEphemeral(r -> r.channel(channel).user(user).text(text)));
  }

  private static void run(String method, String channel, Call call) {
    try {
      SlackApiTextResponse response = call.send();
      if (!response.isOk()) {
        log.warn("Slack refused {} to {}: {}", method, channel, response.getError());
      }
    } catch (IOException | SlackApiException e) {
      log.warn("Could not call {} for {}: {}", method, channel, e.getMessage());
    }
  }
}
