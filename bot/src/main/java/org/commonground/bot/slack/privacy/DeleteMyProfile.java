package org.commonground.bot.slack.privacy;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** <b>Delete my profile</b> in App Home: asks for confirmation in a modal first. */
public final class DeleteMyProfile implements BlockActionHandler {

  private static final Logger log = LoggerFactory.getLogger(DeleteMyProfile.class);

  @Override
  public Response apply(BlockActionRequest request, ActionContext ctx)
      throws IOException, SlackApiException {
    String triggerId = request.getPayload().getTriggerId();
    ViewsOpenResponse opened =
        ctx.client().viewsOpen(r -> r.triggerId(triggerId).view(DeletionModal.build()));
    if (!opened.isOk()) {
      log.warn("views.open of the deletion modal failed: {}", opened.getError());
    }
    return ctx.ack();
  }
}
