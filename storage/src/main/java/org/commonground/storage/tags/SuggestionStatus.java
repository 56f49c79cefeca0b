package org.commonground.storage.tags;

/** Where a member's tag suggestion stands. */
public enum SuggestionStatus {
  /** Waiting for an admin. */
  PENDING,
  /** Added as a new tag. */
  APPROVED,
  /** An existing tag already covers it. */
  MERGED,
  REJECTED
}
