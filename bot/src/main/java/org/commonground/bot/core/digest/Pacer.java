package org.commonground.bot.core.digest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.commonground.bot.schedule.Sleeper;

/**
 * Spaces calls to Slack: at most one per {@code interval}, and none at all until a {@code
 * Retry-After} Slack gave us has passed. Its waits end early when the app begins to stop. Used by
 * one thread at a time.
 */
public final class Pacer {

  private final Clock clock;
  private final Sleeper sleeper;
  private final Duration interval;
  private Instant nextAllowed;

  public Pacer(Clock clock, Sleeper sleeper, Duration interval) {
    this.clock = clock;
    this.sleeper = sleeper;
    this.interval = interval;
    this.nextAllowed = clock.instant();
  }

  /**
   * Returns true when the next call may be made, or false as soon as the app begins to stop while
   * waiting for that.
   */
  public boolean awaitTurn() throws InterruptedException {
    Duration wait = Duration.between(clock.instant(), nextAllowed);
    if (!wait.isNegative() && !wait.isZero() && !sleeper.sleep(wait)) {
      return false;
    }
    Instant now = clock.instant();
    nextAllowed = (now.isAfter(nextAllowed) ? now : nextAllowed).plus(interval);
    return true;
  }

  /** Slack said to wait: no call before {@code retryAfter} has passed from now. */
  public void holdFor(Duration retryAfter) {
    Instant until = clock.instant().plus(retryAfter);
    if (until.isAfter(nextAllowed)) {
      nextAllowed = until;
    }
  }
}
