package org.commonground.bot.slack.home;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import java.io.IOException;
import org.commonground.bot.slack.introduce.ProfileModals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * <b>Introduce yourself</b> (App Home, welcome DM) and <b>Edit</b> (App Home): opens the profile
 * modal, before acknowledging because the trigger expires after 3 seconds.
 */
public final class OpenProfileModal implements BlockActionHandler {

  private static final Logger log = LoggerFactory.getLogger(OpenProfileModal.class);

  private final ProfileModals modals;

  public OpenProfileModal(ProfileModals modals) {
    this.modals = modals;
  }

  @Override
  public Response apply(BlockActionRequest request, ActionContext ctx)
      throws IOException, SlackApiException {
    String userId = request.getPayload().getUser().getId();
    String triggerId = request.getPayload().getTriggerId();
    ViewsOpenResponse opened =
        ctx.client().viewsOpen(r -> r.triggerId(triggerId).viewAsString(modals.modalFor(userId)));
    if (!opened.isOk()) {
      log.warn("views.open of the profile modal failed: {}", opened.getError());
    }
    return ctx.ack();
  }
}
