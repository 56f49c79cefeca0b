package org.commonground.storage.outcomes;

import java.util.Optional;

/** What a member says came of meeting their introduction, from the least to the most. */
public enum OutcomeKind {
  NOTHING_YET,
  SHARED_IDEAS,
  WORKING_TOGETHER,
  CHANGED_PRACTICE;

  /** The kind with this code, if the code is one: forms send codes anyone could have written. */
  public static Optional<OutcomeKind> fromCode(String code) {
    for (OutcomeKind kind : values()) {
      if (kind.name().equals(code)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
