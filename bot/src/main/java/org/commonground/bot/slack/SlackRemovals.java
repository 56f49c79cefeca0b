package org.commonground.bot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.model.block.LayoutBlock;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.commonground.bot.core.delivery.Removal;
import org.commonground.bot.core.delivery.Removal.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes the app's own messages and files in Slack, or rewrites a message, and says how it went in
 * terms of what to do next: done, nothing left to do, never going to work, or try again later.
 * Never throws: these calls run after the database has already forgotten the member.
 */
public final class SlackRemovals {

  private static final Logger log = LoggerFactory.getLogger(SlackRemovals.class);

  /** What Slack says when the message or file is gone already, which is what was wanted. */
  private static final Set<String> GONE =
      Set.of("message_not_found", "file_not_found", "file_deleted");

  /** Errors Slack documents as passing: it is down or busy, not refusing. */
  private static final Set<String> PASSING =
      Set.of(
          "ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout");

  @FunctionalInterface
  private interface Call {
    SlackApiTextResponse send() throws IOException, SlackApiException;
  }

  private final MethodsClient slack;

  public SlackRemovals(MethodsClient slack) {
    this.slack = slack;
  }

  public Removal deleteMessage(String channel, String ts) {
    return run("chat.delete", () -> slack.chatDelete(r -> r.channel(channel).ts(ts)));
  }

  public Removal deleteFile(String fileId) {
    return run("files.delete", () -> slack.filesDelete(r -> r.file(fileId)));
  }

  /** Rewrites a message the app posted, e.g. to take someone who left out of it. */
  public Removal rewrite(String channel, String ts, String text, List<LayoutBlock> blocks) {
    return run(
        "chat.update",
        () -> slack.chatUpdate(r -> r.channel(channel).ts(ts).text(text).blocks(blocks)));
  }

  private static Removal run(String method, Call call) {
    try {
      SlackApiTextResponse response = call.send();
      if (response.isOk()) {
        return new Removal(Outcome.REMOVED, null);
      }
      return refusal(method, response.getError());
    } catch (SlackApiException e) {
      int status = e.getResponse().code();
      String error = e.getError() == null ? "http_" + status : e.getError().getError();
      return status == 429 || status >= 500 ? later(method, error) : refusal(method, error);
    } catch (IOException e) {
      return later(method, e.getClass().getSimpleName());
    }
  }

  private static Removal refusal(String method, String error) {
    if (GONE.contains(error)) {
      return new Removal(Outcome.ALREADY_GONE, error);
    }
    if (PASSING.contains(error)) {
      return later(method, error);
    }
    log.warn("Slack refused {}: {}", method, error);
    return new Removal(Outcome.REFUSED, error);
  }

  private static Removal later(String method, String error) {
    log.warn("Could not call {} ({}); will try again", method, error);
    return new Removal(Outcome.TRY_AGAIN, error);
  }
}
