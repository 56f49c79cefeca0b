package org.commonground.bot.testing;

import java.time.Duration;
import java.util.OptionalInt;
import java.util.function.LongSupplier;

/**
 * A chat platform's rate limit on one kind of call (a Slack Web API method, the Bot Connector's
 * calls in one Teams conversation), as a token bucket: {@code perSecond} calls a second, with
 * bursts of a tenth of a second's worth. A call over the limit is refused with {@code 429} and a
 * {@code Retry-After} in whole seconds, as Slack and Teams do; calls made before that has passed
 * are refused too, and counted. Its limit can change mid-run, as Slack's do, and it keeps time by
 * the nanosecond source it is given, so that a benchmark can run it on simulated time.
 */
public final class RateLimit {

  private static final long SECOND = Duration.ofSeconds(1).toNanos();

  private final LongSupplier nanos;
  private int perSecond;
  private double burst;
  private int accepted;
  private int changeAfter = Integer.MAX_VALUE;
  private int changeTo;
  private double tokens;
  private long refilledAt;
  private long retryUntil;
  private int refused;
  private int callsTooSoon;

  RateLimit(int perSecond, LongSupplier nanos) {
    this.nanos = nanos;
    this.perSecond = perSecond;
    this.burst = Math.max(1, perSecond / 10.0);
    this.tokens = burst;
    this.refilledAt = nanos.getAsLong();
    // No wait asked yet, even of a call timed just before the bucket was made.
    this.retryUntil = Long.MIN_VALUE;
  }

  /** Once {@code calls} calls have been let through, lets {@code perSecond} a second through. */
  public synchronized void changeAfter(int calls, int perSecond) {
    this.changeAfter = calls;
    this.changeTo = perSecond;
  }

  /** The {@code Retry-After} seconds of the 429 to answer a call received now, or empty. */
  synchronized OptionalInt refusal() {
    return refusal(nanos.getAsLong());
  }

  private OptionalInt refusal(long nanos) {
    // A call timed before the bucket was made, or before one answered first, refills nothing.
    long elapsed = Math.max(0, nanos - refilledAt);
    tokens = Math.min(burst, tokens + elapsed * perSecond / (double) SECOND);
    refilledAt += elapsed;
    if (nanos < retryUntil) {
      callsTooSoon++;
      refused++;
      return OptionalInt.of(secondsUntil(nanos));
    }
    if (tokens >= 1) {
      tokens -= 1;
      if (++accepted == changeAfter) {
        perSecond = changeTo;
        burst = Math.max(1, perSecond / 10.0);
      }
      return OptionalInt.empty();
    }
    refused++;
    int seconds = (int) Math.max(1, Math.ceil((1 - tokens) / perSecond));
    retryUntil = nanos + seconds * SECOND;
    return OptionalInt.of(seconds);
  }

  private int secondsUntil(long nanos) {
    return (int) Math.max(1, (retryUntil - nanos + SECOND - 1) / SECOND);
  }

  public synchronized int perSecond() {
    return perSecond;
  }

  /** Calls answered with 429. */
  public synchronized int refused() {
    return refused;
  }

  /** Calls made while an earlier {@code Retry-After} had not yet passed. */
  public synchronized int callsTooSoon() {
    return callsTooSoon;
  }
}
