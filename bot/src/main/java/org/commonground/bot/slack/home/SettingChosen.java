package org.commonground.bot.slack.home;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.util.Optional;

/**
 * A setting changed in App Home (matches per week, a pause, resume, the block list): saves it,
 * acknowledges, and republishes App Home with a line saying what happened.
 */
public final class SettingChosen implements BlockActionHandler {

  /** Applies the chosen value for a member and says what happened. */
  @FunctionalInterface
  public interface Change {
    String apply(String userId, String value);
  }

  private final HomeService home;
  private final Change change;

  public SettingChosen(HomeService home, Change change) {
    this.home = home;
    this.change = change;
  }

  @Override
  public Response apply(BlockActionRequest request, ActionContext ctx) {
    BlockActionPayload payload = request.getPayload();
    if (payload.getActions() == null || payload.getActions().isEmpty()) {
      return ctx.ack();
    }
    String userId = payload.getUser().getId();
    String notice = change.apply(userId, chosen(payload.getActions().get(0)));
    home.publishLater(userId, Optional.of(notice));
    return ctx.ack();
  }

  private static String chosen(BlockActionPayload.Action action) {
    if (action.getSelectedOption() != null) {
      return action.getSelectedOption().getValue();
    }
    if (action.getSelectedUser() != null) {
      return action.getSelectedUser();
    }
    return action.getSelectedDate() != null ? action.getSelectedDate() : action.getValue();
  }
}
