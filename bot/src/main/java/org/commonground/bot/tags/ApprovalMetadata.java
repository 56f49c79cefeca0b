package org.commonground.bot.tags;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import java.util.Optional;

/**
 * What the add form opened from a suggestion carries in its private metadata: the suggestion's id
 * and the admin's DM it came from, as {@code id|channel|ts}.
 */
record ApprovalMetadata(long suggestionId, Optional<SuggestionService.Dm> dm) {

  static String write(long suggestionId, BlockActionPayload click) {
    return SuggestionService.Dm.of(click)
        .map(dm -> suggestionId + "|" + dm.channel() + "|" + dm.ts())
        .orElse(suggestionId + "||");
  }

  static Optional<ApprovalMetadata> read(String metadata) {
    String[] parts = metadata == null ? new String[0] : metadata.split("\\|", -1);
    if (parts.length != 3) {
      return Optional.empty();
    }
    Optional<SuggestionService.Dm> dm =
        parts[1].isEmpty() || parts[2].isEmpty()
            ? Optional.empty()
            : Optional.of(new SuggestionService.Dm(parts[1], parts[2]));
    return SuggestionMessage.idOf(parts[0]).map(id -> new ApprovalMetadata(id, dm));
  }
}
