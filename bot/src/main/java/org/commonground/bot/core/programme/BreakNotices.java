package org.commonground.bot.core.programme;

import java.time.Duration;

/** How a member is told there is no round this week: on their own platform. */
@FunctionalInterface
public interface BreakNotices {

  /** How telling went. */
  sealed interface Outcome {
    record Sent() implements Outcome {}

    record RateLimited(Duration retryAfter) implements Outcome {}

    record Failed() implements Outcome {}
  }

  /**
   * @param markup the app's own words, anything an admin typed in them escaped
   */
  Outcome tell(String userId, String markup);
}
