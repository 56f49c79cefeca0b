package org.commonground.bot.digest;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import org.commonground.bot.slack.ButtonPayload;

/** <b>Intro me</b> on a match in the digest. */
public final class IntroMeAction implements BlockActionHandler {

  private final MatchResponses responses;

  public IntroMeAction(MatchResponses responses) {
    this.responses = responses;
  }

  @Override
  public Response apply(BlockActionRequest request, ActionContext ctx) {
    var payload = request.getPayload();
    ButtonPayload.id(payload)
        .ifPresent(
            pairId ->
                responses.introMeLater(
                    payload.getUser().getId(), pairId, ButtonPayload.clicked(payload)));
    return ctx.ack();
  }
}
