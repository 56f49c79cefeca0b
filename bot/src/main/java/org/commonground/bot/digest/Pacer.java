package org.commonground.bot.digest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Spaces calls to Slack: at most one per {@code interval}, and none at all until a {@code
 * Retry-After} Slack gave us has passed.
 */
final class Pacer {

  private final Clock clock;
  private final Sleeper sleeper;
  private final Duration interval;
  private Instant nextAllowed;

  Pacer(Clock clock, Sleeper sleeper, Duration interval) {
    this.clock = clock;
    this.sleeper = sleeper;
    this.interval = interval;
    this.nextAllowed = clock.instant();
  }

  /** Returns when the next call may be made. */
  void awaitTurn() throws InterruptedException {
    Duration wait = Duration.between(clock.instant(), nextAllowed);
    if (!wait.isNegative() && !wait.isZero()) {
      sleeper.sleep(wait);
    }
    Instant now = clock.instant();
    nextAllowed = (now.isAfter(nextAllowed) ? now : nextAllowed).plus(interval);
  }

  /** Slack said to wait: no call before {@code retryAfter} has passed from now. */
  void holdFor(Duration retryAfter) {
    Instant until = clock.instant().plus(retryAfter);
    if (until.isAfter(nextAllowed)) {
      nextAllowed = until;
    }
  }
}
