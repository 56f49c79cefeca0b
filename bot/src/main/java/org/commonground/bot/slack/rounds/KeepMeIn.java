package org.commonground.bot.slack.rounds;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import org.commonground.bot.core.rounds.AutoPause;
import org.commonground.bot.slack.ButtonPayload;

/** <b>Keep me in</b> in the DM that says a member's introductions were paused. */
public final class KeepMeIn implements BlockActionHandler {

  private final AutoPause autoPause;

  public KeepMeIn(AutoPause autoPause) {
    this.autoPause = autoPause;
  }

  @Override
  public Response apply(BlockActionRequest request, ActionContext ctx) {
    var payload = request.getPayload();
    autoPause.keepIn(payload.getUser().getId(), ButtonPayload.id(payload));
    return ctx.ack();
  }
}
