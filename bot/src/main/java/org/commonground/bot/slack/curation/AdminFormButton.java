package org.commonground.bot.slack.curation;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import com.slack.api.model.view.View;
import java.io.IOException;
import java.util.function.Function;
import org.commonground.bot.core.admin.Admins;
import org.commonground.bot.slack.Poster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A button that opens an admin form. The form must open within Slack's 3 seconds of the click, so
 * it is opened before the acknowledgement; a non-admin is told privately and nothing opens.
 */
public final class AdminFormButton implements BlockActionHandler {

  private static final Logger log = LoggerFactory.getLogger(AdminFormButton.class);

  private final Admins admins;
  private final Poster poster;
  private final Function<BlockActionPayload, View> form;

  public AdminFormButton(Admins admins, Poster poster, Function<BlockActionPayload, View> form) {
    this.admins = admins;
    this.poster = poster;
    this.form = form;
  }

  @Override
  public Response apply(BlockActionRequest request, ActionContext ctx)
      throws IOException, SlackApiException {
    BlockActionPayload payload = request.getPayload();
    String user = payload.getUser().getId();
    if (!admins.isAdmin(user)) {
      Refusal.tell(poster, payload);
      return ctx.ack();
    }
    var opened =
        ctx.client().viewsOpen(r -> r.triggerId(payload.getTriggerId()).view(form.apply(payload)));
    if (!opened.isOk()) {
      log.warn("views.open failed for an admin form: {}", opened.getError());
    }
    return ctx.ack();
  }
}
