package org.commonground.bot.digest;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import java.util.List;
import java.util.Optional;

/** The parts of a digest button click the listeners use; absent or malformed parts read empty. */
final class DigestActionPayload {

  private DigestActionPayload() {}

  static Optional<Long> pairId(BlockActionPayload payload) {
    if (payload.getActions() == null || payload.getActions().isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(payload.getActions().get(0).getValue()));
    } catch (NumberFormatException | NullPointerException e) {
      return Optional.empty();
    }
  }

  static ClickedMessage clicked(BlockActionPayload payload) {
    var container = payload.getContainer();
    var message = payload.getMessage();
    return new ClickedMessage(
        container == null ? null : container.getChannelId(),
        container == null ? null : container.getMessageTs(),
        message == null || message.getBlocks() == null ? List.of() : message.getBlocks());
  }
}
