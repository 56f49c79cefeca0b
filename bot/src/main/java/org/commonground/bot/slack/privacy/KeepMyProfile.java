package org.commonground.bot.slack.privacy;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import org.commonground.bot.core.privacy.PrivacyService;

/** <b>Keep my profile</b> in the inactivity warning: withdraws the warning. */
public final class KeepMyProfile implements BlockActionHandler {

  private final PrivacyService privacy;

  public KeepMyProfile(PrivacyService privacy) {
    this.privacy = privacy;
  }

  @Override
  public Response apply(BlockActionRequest request, ActionContext ctx) {
    privacy.keep(request.getPayload().getUser().getId());
    return ctx.ack();
  }
}
