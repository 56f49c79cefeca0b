package org.commonground.bot.introduce;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /introduce}: opens the profile modal (pre-filled for members), or explains the app with
 * {@code help}. The modal must open within Slack's 3 seconds of the trigger, so it is opened before
 * the acknowledgement.
 */
public final class IntroduceCommand implements SlashCommandHandler {

  public static final String COMMAND = "/introduce";
  private static final Logger log = LoggerFactory.getLogger(IntroduceCommand.class);

  private final ProfileService profiles;

  public IntroduceCommand(ProfileService profiles) {
    this.profiles = profiles;
  }

  @Override
  public Response apply(SlashCommandRequest request, SlashCommandContext ctx)
      throws IOException, SlackApiException {
    String text =
        request.getPayload().getText() == null ? "" : request.getPayload().getText().strip();
    if (text.equalsIgnoreCase("help")) {
      return ctx.ack(
          r -> r.responseType("ephemeral").text(HelpMessage.TEXT).blocks(HelpMessage.blocks("")));
    }
    if (!text.isEmpty()) {
      return ctx.ack(
          r -> r.responseType("ephemeral").text(HelpMessage.TEXT).blocks(HelpMessage.blocks(text)));
    }
    String triggerId = request.getPayload().getTriggerId();
    ViewsOpenResponse opened =
        ctx.client()
            .viewsOpen(r -> r.triggerId(triggerId).view(profiles.modalFor(ctx.getRequestUserId())));
    if (!opened.isOk()) {
      log.warn("views.open failed for /introduce: {}", opened.getError());
      return ctx.ack(
          ":warning: Sorry, Slack didn't let me open the form just now. Please try `/introduce` again.");
    }
    return ctx.ack();
  }
}
