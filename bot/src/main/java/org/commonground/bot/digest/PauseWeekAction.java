package org.commonground.bot.digest;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import org.commonground.bot.home.MemberSettings;

/** <b>Pause matches for a week</b> in the digest's footer: skips the next round. */
public final class PauseWeekAction implements BlockActionHandler {

  private final MemberSettings settings;

  public PauseWeekAction(MemberSettings settings) {
    this.settings = settings;
  }

  @Override
  public Response apply(BlockActionRequest request, ActionContext ctx)
      throws IOException, SlackApiException {
    String userId = request.getPayload().getUser().getId();
    String outcome = settings.pauseForWeeks(userId, "1");
    ctx.client().chatPostMessage(r -> r.channel(userId).text(outcome));
    return ctx.ack();
  }
}
