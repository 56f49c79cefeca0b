package org.commonground.bot.slack.tags;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.util.Optional;
import org.commonground.bot.core.admin.Admins;
import org.commonground.bot.core.tags.SuggestionService;
import org.commonground.bot.slack.Poster;
import org.commonground.bot.slack.curation.Refusal;

/**
 * Reject, or Merge into… a picked tag, on a suggestion in an admin's DM. The decision is stored
 * before the acknowledgement; the member and the admin's own DM hear about it in the background.
 */
public final class SuggestionDecisionClick implements BlockActionHandler {

  private final Admins admins;
  private final Poster poster;
  private final SuggestionService suggestions;

  public SuggestionDecisionClick(Admins admins, Poster poster, SuggestionService suggestions) {
    this.admins = admins;
    this.poster = poster;
    this.suggestions = suggestions;
  }

  @Override
  public Response apply(BlockActionRequest request, ActionContext ctx) {
    BlockActionPayload payload = request.getPayload();
    String user = payload.getUser().getId();
    if (!admins.isAdmin(user)) {
      Refusal.tell(poster, payload);
      return ctx.ack();
    }
    BlockActionPayload.Action action = payload.getActions().get(0);
    Optional<Long> id = SuggestionDm.idOf(action.getBlockId());
    if (id.isPresent() && action.getActionId().equals(SuggestionDm.REJECT_ACTION)) {
      suggestions.reject(user, id.get());
    } else if (id.isPresent() && action.getSelectedOption() != null) {
      SuggestionDm.idOf(action.getSelectedOption().getValue())
          .ifPresent(tagId -> suggestions.mergeInto(user, id.get(), tagId.intValue()));
    }
    return ctx.ack();
  }
}
