package org.commonground.bot.slack.meetings;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import org.commonground.bot.core.meetings.MeetingFollowUp;
import org.commonground.bot.slack.ButtonPayload;
import org.commonground.storage.rounds.MeetingAnswer;

/** <b>Yes</b>, <b>Not yet</b> or <b>No</b> under "Did you meet?"; one instance per button. */
public final class MeetingAnswerClick implements BlockActionHandler {

  private final MeetingFollowUp followUp;
  private final MeetingAnswer answer;

  public MeetingAnswerClick(MeetingFollowUp followUp, MeetingAnswer answer) {
    this.followUp = followUp;
    this.answer = answer;
  }

  @Override
  public Response apply(BlockActionRequest request, ActionContext ctx) {
    BlockActionPayload payload = request.getPayload();
    ButtonPayload.id(payload)
        .ifPresent(id -> followUp.answer(payload.getUser().getId(), id, answer));
    return ctx.ack();
  }
}
