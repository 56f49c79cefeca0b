package org.commonground.bot.slack.introduce;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import org.commonground.bot.core.introduce.WarmIntroAnswers;
import org.commonground.bot.slack.ButtonPayload;
import org.commonground.storage.warmintros.WarmIntroAnswer;

/**
 * <b>Yes, introduce us</b> or <b>No thanks</b> on a warm introduction, registered once for each.
 * Only the suggestion's id is read from the click; which message to update comes from storage.
 */
final class WarmIntroAnswerClick implements BlockActionHandler {

  private final WarmIntroAnswers answers;
  private final WarmIntroAnswer answer;

  WarmIntroAnswerClick(WarmIntroAnswers answers, WarmIntroAnswer answer) {
    this.answers = answers;
    this.answer = answer;
  }

  @Override
  public Response apply(BlockActionRequest request, ActionContext ctx) {
    var payload = request.getPayload();
    ButtonPayload.id(payload)
        .ifPresent(id -> answers.answerLater(payload.getUser().getId(), id, answer));
    return ctx.ack();
  }
}
