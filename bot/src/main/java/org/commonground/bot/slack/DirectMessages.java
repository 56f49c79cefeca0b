package org.commonground.bot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import com.slack.api.model.File;
import com.slack.api.model.block.LayoutBlock;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one person a direct message or a file, or opens a group DM. What Slack refuses is logged
 * and reported as {@code false}, never thrown: these run after the request that caused them was
 * acknowledged.
 */
public final class DirectMessages {

  private static final Logger log = LoggerFactory.getLogger(DirectMessages.class);

  private final MethodsClient slack;

  public DirectMessages(MethodsClient slack) {
    this.slack = slack;
  }

  /** A message; {@code text} is what notifications show, {@code blocks} (may be empty) the body. */
  public boolean post(String userId, String text, List<LayoutBlock> blocks) {
    try {
      return ok(
          "chat.postMessage",
          slack.chatPostMessage(
              r ->
                  blocks.isEmpty()
                      ? r.channel(userId).text(text)
                      : r.channel(userId).text(text).blocks(blocks)));
    } catch (IOException | SlackApiException e) {
      log.warn("Could not message {}: {}", userId, e.getMessage());
      return false;
    }
  }

  /** Opens, or finds, the group DM of these people with the app; empty if Slack refuses. */
  public Optional<String> openGroup(List<String> userIds) {
    try {
      ConversationsOpenResponse group = slack.conversationsOpen(r -> r.users(userIds));
      return ok("conversations.open", group)
          ? Optional.of(group.getChannel().getId())
          : Optional.empty();
    } catch (IOException | SlackApiException e) {
      log.warn("Could not open a group DM: {}", e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * Uploads a text file into the person's DM with the app (files need a channel id); the file's id
   * if Slack took it.
   */
  public Optional<String> upload(String userId, String filename, String content, String comment) {
    try {
      ConversationsOpenResponse dm = slack.conversationsOpen(r -> r.users(List.of(userId)));
      if (!ok("conversations.open", dm)) {
        return Optional.empty();
      }
      FilesUploadV2Response uploaded =
          slack.filesUploadV2(
              r ->
                  r.channel(dm.getChannel().getId())
                      .filename(filename)
                      .title(filename)
                      .content(content)
                      .initialComment(comment)
                      .requestFileInfo(false));
      if (!ok("files.uploadV2", uploaded)) {
        return Optional.empty();
      }
      return uploaded.getFiles().stream().map(File::getId).findFirst();
    } catch (IOException | SlackApiException e) {
      log.warn("Could not send a file to {}: {}", userId, e.getMessage());
      return Optional.empty();
    }
  }

  private static boolean ok(String method, SlackApiTextResponse response) {
    if (!response.isOk()) {
      log.warn("Slack refused {}: {}", method, response.getError());
    }
    return response.isOk();
  }
}
