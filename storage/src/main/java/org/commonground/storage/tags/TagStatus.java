package org.commonground.storage.tags;

/** Whether a tag is offered in pickers and used for new matches. */
public enum TagStatus {
  ACTIVE,
  /** Hidden from pickers and new matches; kept on profiles until the member edits them. */
  RETIRED,
  /** Merged into another tag: its members hold that one now, and its name finds that one. */
  MERGED
}
