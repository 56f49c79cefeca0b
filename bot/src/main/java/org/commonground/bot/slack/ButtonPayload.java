package org.commonground.bot.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import java.util.Optional;

/**
 * The part of a click on a button that listeners use: the id the button carries as its value, empty
 * when absent or malformed. The message the click names is not read: it is the clicker's to forge,
 * so updates go through {@link OwnMessages} or a feature's own stored record instead.
 */
public final class ButtonPayload {

  private ButtonPayload() {}

  public static Optional<Long> id(BlockActionPayload payload) {
    if (payload.getActions() == null || payload.getActions().isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(payload.getActions().get(0).getValue()));
    } catch (NumberFormatException | NullPointerException e) {
      return Optional.empty();
    }
  }
}
