package org.commonground.bot.core.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;
import org.commonground.bot.schedule.Sleeper;

/**
 * The pace of every message the app posts on one chat platform, whatever posts it (digests, answers
 * to matches, follow-ups, consent requests, break notices): one per platform, shared by every
 * thread, so that together they keep under the platform's limit. The rate follows {@link
 * AdaptiveRate}: it rises while the platform accepts and, after a {@code 429}, no call at all is
 * made until its {@code Retry-After} has passed, and the rate settles below the one refused.
 *
 * <p>Turns are spaced evenly at the current rate. A wait ends early when the app begins to stop.
 */
public final class PlatformPace {

  private final String platform;
  private final Clock clock;
  private final Sleeper sleeper;
  private final AdaptiveRate rate;
  private final AtomicLong refusals = new AtomicLong();
  private Instant nextTurn;
  private Instant heldUntil;

  /**
   * @param start messages a minute to begin at, one the platform accepts from any app
   * @param ceiling the most messages a minute ever to send; empty for none
   */
  public PlatformPace(
      String platform, Clock clock, Sleeper sleeper, double start, OptionalInt ceiling) {
    this.platform = platform;
    this.clock = clock;
    this.sleeper = sleeper;
    this.rate =
        new AdaptiveRate(
            start, ceiling.isPresent() ? ceiling.getAsInt() : Double.POSITIVE_INFINITY);
    this.nextTurn = clock.instant();
    this.heldUntil = nextTurn;
  }

  /** The platform's name, for metrics and logs. */
  public String platform() {
    return platform;
  }

  /**
   * Waits for this caller's turn: returns true when its call may be made, or false as soon as the
   * app begins to stop while waiting.
   */
  public boolean awaitTurn() throws InterruptedException {
    Instant turn = reserve();
    while (true) {
      if (!waitUntil(turn)) {
        return false;
      }
      // A refusal that came while this caller waited for its turn holds it too.
      Instant rescheduled = rescheduled(turn);
      if (rescheduled.equals(turn)) {
        return true;
      }
      turn = rescheduled;
    }
  }

  /** Now, on the clock this pace keeps time by. */
  public Instant now() {
    return clock.instant();
  }

  /**
   * Waits until {@code instant}, for a limit of the platform's own that the caller keeps: true
   * then, or false as soon as the app begins to stop.
   */
  public boolean waitUntil(Instant instant) throws InterruptedException {
    Duration wait = Duration.between(clock.instant(), instant);
    return wait.isNegative() || wait.isZero() || sleeper.sleep(wait);
  }

  private synchronized Instant reserve() {
    Instant now = clock.instant();
    Instant turn = later(later(now, nextTurn), heldUntil);
    nextTurn = turn.plus(interval());
    return turn;
  }

  private synchronized Instant rescheduled(Instant turn) {
    if (!heldUntil.isAfter(turn)) {
      return turn;
    }
    Instant again = later(heldUntil, nextTurn);
    nextTurn = again.plus(interval());
    return again;
  }

  /** The platform took the call. */
  public synchronized void accepted() {
    rate.accepted();
  }

  /** The platform refused the call with {@code 429}: nothing more until {@code retryAfter}. */
  public synchronized void refused(Duration retryAfter) {
    refusals.incrementAndGet();
    rate.refused();
    Instant until = clock.instant().plus(retryAfter);
    if (until.isAfter(heldUntil)) {
      heldUntil = until;
    }
    // Turns handed out at the old rate start again from the end of the wait at the new one.
    nextTurn = heldUntil;
  }

  /** The current rate, in messages a minute. */
  public synchronized double perMinute() {
    return rate.perMinute();
  }

  /** How many calls the platform has refused with {@code 429}. */
  public long refusals() {
    return refusals.get();
  }

  private Duration interval() {
    return Duration.ofNanos((long) (60e9 / rate.perMinute()));
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
