package org.commonground.bot.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import java.util.List;
import java.util.Optional;

/**
 * The parts of a click on a button in a message that listeners use: the id the button carries as
 * its value, and the message, so it can be updated in place. Absent or malformed parts read empty.
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

  public static ClickedMessage clicked(BlockActionPayload payload) {
    var container = payload.getContainer();
    var message = payload.getMessage();
    return new ClickedMessage(
        container == null ? null : container.getChannelId(),
        container == null ? null : container.getMessageTs(),
        message == null || message.getBlocks() == null ? List.of() : message.getBlocks());
  }
}
