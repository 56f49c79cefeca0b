package org.commonground.bot.teams.connector;

import java.time.Duration;

/**
 * How one call to the Bot Connector went.
 *
 * @param <T> what a call that worked answers with
 */
public sealed interface Outcome<T> {

  /** The call worked. */
  record Done<T>(T value) implements Outcome<T> {}

  /** Teams answered {@code 429}: call again no sooner than {@code retryAfter}. */
  record RateLimited<T>(Duration retryAfter) implements Outcome<T> {}

  /**
   * Teams refused the call, or it never got an answer.
   *
   * @param status the HTTP status, 0 when there was no answer
   * @param code the error code Teams named (such as {@code ConversationNotFound}), {@code http_}
   *     and the status when it named none, or the exception's name when there was no answer
   * @param permanent whether calling again the same way would be refused again
   */
  record Failed<T>(int status, String code, boolean permanent) implements Outcome<T> {}
}
