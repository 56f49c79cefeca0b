package org.commonground.bot.slack.meetings;

import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import java.util.Map;
import org.commonground.bot.core.meetings.OutcomeFields;
import org.commonground.bot.core.meetings.OutcomeWords;
import org.commonground.bot.core.meetings.WhatCameOfIt;
import org.commonground.bot.slack.views.SubmittedValues;

/**
 * The outcome form's <b>Send</b>: records the answer before acknowledging, so a closed form means a
 * recorded answer, or keeps the form open with a message beside each field that needs one.
 */
public final class OutcomeModalSubmission implements ViewSubmissionHandler {

  private final WhatCameOfIt outcomes;

  public OutcomeModalSubmission(WhatCameOfIt outcomes) {
    this.outcomes = outcomes;
  }

  @Override
  public Response apply(ViewSubmissionRequest request, ViewSubmissionContext ctx) {
    String userId = request.getPayload().getUser().getId();
    long questionId;
    try {
      questionId = Long.parseLong(request.getPayload().getView().getPrivateMetadata());
    } catch (NumberFormatException notOurs) {
      return ctx.ack();
    }
    WhatCameOfIt.Result result =
        outcomes.submit(
            userId, questionId, new SubmittedValues(request.getPayload().getView().getState()));
    if (result instanceof WhatCameOfIt.Refused refused) {
      return ctx.ackWithErrors(refused.errors());
    }
    if (result instanceof WhatCameOfIt.AlreadyAnswered) {
      return ctx.ackWithErrors(Map.of(OutcomeFields.KIND_FIELD, OutcomeWords.ALREADY_ANSWERED));
    }
    // Recorded, or a form that names someone else's question: either way it closes.
    return ctx.ack();
  }
}
