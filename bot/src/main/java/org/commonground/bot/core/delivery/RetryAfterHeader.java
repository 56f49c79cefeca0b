package org.commonground.bot.core.delivery;

import java.time.Duration;
import java.util.Optional;

/**
 * How long a chat platform asked the app to wait, read from the value of an HTTP {@code
 * Retry-After} header. Slack and the Bot Framework both send it in whole seconds after a {@code
 * 429}; neither sends the HTTP-date form, so that form counts as unreadable.
 */
public final class RetryAfterHeader {

  private static final Duration LEAST = Duration.ofSeconds(1);
  private static final Duration UNNAMED = Duration.ofMinutes(1);

  private RetryAfterHeader() {}

  /** The wait {@code value} names in whole seconds; empty when it is missing or not a number. */
  public static Optional<Duration> given(String value) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Duration.ofSeconds(Long.parseLong(value.trim())));
    } catch (NumberFormatException notSeconds) {
      return Optional.empty();
    }
  }

  /**
   * The wait before calling again: at least a second, so that a {@code 0} doesn't turn into a busy
   * loop, and a minute when {@code value} names no wait that can be read.
   */
  public static Duration orAMinute(String value) {
    return given(value).map(wait -> wait.compareTo(LEAST) < 0 ? LEAST : wait).orElse(UNNAMED);
  }
}
