package org.commonground.bot.core.delivery;

/**
 * How taking back a message or file the app posted went, on whichever platform it was posted: what
 * an erasure reports to the member and what the retention sweep retries.
 *
 * @param error the platform's error when there was one
 */
public record Removal(Removal.Outcome outcome, String error) {

  /** How a removal went. */
  public enum Outcome {
    REMOVED,
    ALREADY_GONE,
    REFUSED,
    TRY_AGAIN;

    /** Whether the copy no longer shows what it did. */
    public boolean gone() {
      return this == REMOVED || this == ALREADY_GONE;
    }
  }
}
