package org.commonground.bot.slack.consent;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;

/** <b>I agree</b> under the privacy notice, in the DM that asked or in App Home. */
final class AgreeClick implements BlockActionHandler {

  private final NoticeAgreement agreement;

  AgreeClick(NoticeAgreement agreement) {
    this.agreement = agreement;
  }

  @Override
  public Response apply(BlockActionRequest request, ActionContext ctx) {
    var payload = request.getPayload();
    if (payload.getActions() != null && !payload.getActions().isEmpty()) {
      String version = payload.getActions().get(0).getValue();
      agreement.agree(payload.getUser().getId(), version == null ? "" : version);
    }
    return ctx.ack();
  }
}
