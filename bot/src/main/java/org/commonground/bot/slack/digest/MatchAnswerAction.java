package org.commonground.bot.slack.digest;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import org.commonground.bot.core.digest.MatchResponses;
import org.commonground.bot.slack.ButtonPayload;
import org.commonground.storage.rounds.Answer;

/** <b>Intro me</b> or <b>Not for me</b> on a match in the digest, registered once for each. */
public final class MatchAnswerAction implements BlockActionHandler {

  private final MatchResponses responses;
  private final Answer answer;

  public MatchAnswerAction(MatchResponses responses, Answer answer) {
    this.responses = responses;
    this.answer = answer;
  }

  @Override
  public Response apply(BlockActionRequest request, ActionContext ctx) {
    var payload = request.getPayload();
    ButtonPayload.id(payload)
        .ifPresent(pairId -> responses.answerLater(payload.getUser().getId(), pairId, answer));
    return ctx.ack();
  }
}
