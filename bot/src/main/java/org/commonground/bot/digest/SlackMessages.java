package org.commonground.bot.digest;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.commonground.bot.slack.ClickedMessage;
import org.commonground.bot.views.SlackText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The few Web API calls answering a match needs, each failing softly with a log line. */
final class SlackMessages {

  private static final Logger log = LoggerFactory.getLogger(SlackMessages.class);

  private final MethodsClient slack;

  SlackMessages(MethodsClient slack) {
    this.slack = slack;
  }

  void post(String channel, String fallback, String mrkdwn) {
    call(
        "chat.postMessage",
        () ->
            slack
                .chatPostMessage(
                    r ->
                        r.channel(channel)
                            .text(fallback)
                            .blocks(
                                List.of(
                                    section(
                                        s ->
                                            s.text(
                                                markdownText(
                                                    SlackText.truncate(
                                                        mrkdwn, SlackText.SECTION_TEXT_LIMIT)))))))
                .getError());
  }

  void update(ClickedMessage clicked, long pairId, String note) {
    if (clicked == null || clicked.channel() == null || clicked.ts() == null) {
      return;
    }
    call(
        "chat.update",
        () ->
            slack
                .chatUpdate(
                    r ->
                        r.channel(clicked.channel())
                            .ts(clicked.ts())
                            .text("Your introductions this week")
                            .blocks(DigestUpdate.replacingButtons(clicked.blocks(), pairId, note)))
                .getError());
  }

  Optional<String> openGroup(List<String> userIds) {
    try {
      ConversationsOpenResponse response = slack.conversationsOpen(r -> r.users(userIds));
      if (response.isOk()) {
        return Optional.of(response.getChannel().getId());
      }
      log.warn("conversations.open failed: {}", response.getError());
    } catch (IOException | SlackApiException e) {
      log.warn("conversations.open failed: {}", e.getMessage());
    }
    return Optional.empty();
  }

  /** A Web API call that returns Slack's error, or null when it went through. */
  @FunctionalInterface
  private interface Call {
    String run() throws IOException, SlackApiException;
  }

  private static void call(String method, Call call) {
    try {
      String error = call.run();
      if (error != null) {
        log.warn("{} failed: {}", method, error);
      }
    } catch (IOException | SlackApiException e) {
      log.warn("{} failed: {}", method, e.getMessage());
    }
  }
}
