package org.commonground.bot.core.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.commonground.bot.metrics.AppMetrics;
import org.commonground.bot.schedule.Sleeper;

/**
 * The pace of every message the app posts on one chat platform, whatever posts it (digests, answers
 * to matches, follow-ups, consent requests, break notices): one per platform, shared by every
 * thread, so that together they keep under the platform's limit. The rate follows {@link
 * AdaptiveRate}: it rises while the platform accepts and, after a {@code 429}, no call at all is
 * made until its {@code Retry-After} has passed, and the rate settles below the one refused.
 *
 * <p>Turns are spaced evenly at the current rate, except that an app that has been idle may make a
 * short burst of calls at once, as both platforms allow: idle time earns turns to take at once, up
 * to {@code burst} calls in all, as a token bucket does. A refusal of a call made in a burst says
 * the platform takes no bursts, not that the rate is too high: the rate is left as it was and calls
 * are evenly spaced from then on. A wait ends early when its sleeper says to: in the app, once the
 * posting that a stop lets finish is over.
 */
public final class PlatformPace {

  private final String platform;
  private final Clock clock;
  private final Sleeper sleeper;
  private final AdaptiveRate rate;
  private final AtomicLong refusals = new AtomicLong();
  private int burst;

  /** Turns that idle time has earned, to be taken at once rather than at the next even turn. */
  private double earned;

  private Instant nextTurn;
  private Instant heldUntil;

  /**
   * @param start messages a minute to begin at, one the platform accepts from any app
   * @param burst how many calls the platform takes at once from an idle app
   * @param ceiling the most messages a minute ever to send; empty for none
   */
  public PlatformPace(
      String platform, Clock clock, Sleeper sleeper, double start, int burst, OptionalInt ceiling) {
    this.platform = platform;
    this.clock = clock;
    this.sleeper = sleeper;
    this.burst = burst;
    this.rate =
        new AdaptiveRate(
            start, ceiling.isPresent() ? ceiling.getAsInt() : Double.POSITIVE_INFINITY);
    this.earned = burst - 1;
    this.nextTurn = clock.instant();
    this.heldUntil = nextTurn;
  }

  /** Shows the pace and the refusals at {@code /metrics}, under this platform's name. */
  public void reportTo(AppMetrics metrics) {
    metrics.watchPace(platform, this::perMinute, this::refusals);
  }

  /** The platform's name, for metrics and logs. */
  public String platform() {
    return platform;
  }

  /**
   * Waits for this caller's turn: answers it when its call may be made, or empty as soon as the app
   * stops posting while waiting. The caller tells the turn how the platform answered.
   */
  public Optional<Turn> awaitTurn() throws InterruptedException {
    return awaitTurn(now -> now);
  }

  /**
   * As {@link #awaitTurn()}, the call waiting besides, once its turn here has come, until the
   * instant {@code alsoKeep} answers for then: for a limit of the platform's own that the caller
   * keeps, such as Teams' per conversation, timed by when the call is really made.
   */
  public Optional<Turn> awaitTurn(UnaryOperator<Instant> alsoKeep) throws InterruptedException {
    Turn turn = reserve();
    while (true) {
      if (!waitUntil(turn.at)) {
        return Optional.empty();
      }
      // A refusal that came while this caller waited for its turn holds it too.
      if (!isHeldAfter(turn.at)) {
        Instant kept = alsoKeep.apply(clock.instant());
        if (!waitUntil(kept)) {
          return Optional.empty();
        }
        if (!isHeldAfter(kept)) {
          return Optional.of(turn);
        }
      }
      turn = reserve();
    }
  }

  private boolean waitUntil(Instant instant) throws InterruptedException {
    Duration wait = Duration.between(clock.instant(), instant);
    return wait.isNegative() || wait.isZero() || sleeper.sleep(wait);
  }

  private synchronized Turn reserve() {
    Instant now = clock.instant();
    Duration interval = interval();
    if (nextTurn.isBefore(now)) {
      double idle = Duration.between(nextTurn, now).toNanos() / (double) interval.toNanos();
      earned = Math.min(burst - 1, earned + idle);
      nextTurn = now;
    }
    Instant even = later(nextTurn, heldUntil);
    if (even.isAfter(now) && !heldUntil.isAfter(now) && earned >= 1) {
      earned -= 1;
      return new Turn(now, true);
    }
    nextTurn = even.plus(interval);
    return new Turn(even, false);
  }

  private synchronized boolean isHeldAfter(Instant turn) {
    return heldUntil.isAfter(turn);
  }

  private synchronized void accepted() {
    rate.accepted();
  }

  private synchronized void refused(Duration retryAfter, boolean inBurst) {
    refusals.incrementAndGet();
    if (inBurst) {
      burst = 1;
    } else {
      rate.refused();
    }
    Instant until = clock.instant().plus(retryAfter);
    if (until.isAfter(heldUntil)) {
      heldUntil = until;
    }
    // Turns handed out at the old rate start again from the end of the wait at the new one, one at
    // a time: right after a refusal is no time for a burst.
    nextTurn = heldUntil;
    earned = 0;
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

  /** One caller's turn to make a call; it tells the pace how the platform answered the call. */
  public final class Turn {

    private final Instant at;
    private final boolean inBurst;

    private Turn(Instant at, boolean inBurst) {
      this.at = at;
      this.inBurst = inBurst;
    }

    /** The platform took the call. */
    public void accepted() {
      PlatformPace.this.accepted();
    }

    /** The platform refused the call with {@code 429}: nothing more until {@code retryAfter}. */
    public void refused(Duration retryAfter) {
      PlatformPace.this.refused(retryAfter, inBurst);
    }
  }
}
