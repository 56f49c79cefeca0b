package org.commonground.storage.tags;

import java.time.Instant;

/**
 * A challenge a member asked to be added. {@code tagId} is the tag it became or was merged into,
 * once an admin has decided.
 */
public record TagSuggestion(
    long id,
    String name,
    String suggestedBy,
    Instant suggestedAt,
    SuggestionStatus status,
    String decidedBy,
    Instant decidedAt,
    Integer tagId) {

  public boolean isPending() {
    return status == SuggestionStatus.PENDING;
  }
}
