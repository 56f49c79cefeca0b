package org.commonground.bot.slack.meetings;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import java.io.IOException;
import java.util.Optional;
import org.commonground.bot.core.meetings.WhatCameOfIt;
import org.commonground.bot.slack.ButtonPayload;
import org.commonground.storage.rounds.MeetingQuestion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * <b>Tell us</b> under "What came of it?": opens the form, when the question is the clicker's and
 * still unanswered; any other click opens nothing.
 */
public final class OpenOutcomeModal implements BlockActionHandler {

  private static final Logger log = LoggerFactory.getLogger(OpenOutcomeModal.class);

  private final WhatCameOfIt outcomes;

  public OpenOutcomeModal(WhatCameOfIt outcomes) {
    this.outcomes = outcomes;
  }

  @Override
  public Response apply(BlockActionRequest request, ActionContext ctx)
      throws IOException, SlackApiException {
    BlockActionPayload payload = request.getPayload();
    String userId = payload.getUser().getId();
    Optional<MeetingQuestion> question =
        ButtonPayload.id(payload).flatMap(id -> outcomes.askable(userId, id));
    if (question.isPresent()) {
      ViewsOpenResponse opened =
          ctx.client()
              .viewsOpen(
                  r ->
                      r.triggerId(payload.getTriggerId()).view(OutcomeModal.build(question.get())));
      if (!opened.isOk()) {
        log.warn("views.open of the outcome modal failed: {}", opened.getError());
      }
    }
    return ctx.ack();
  }
}
