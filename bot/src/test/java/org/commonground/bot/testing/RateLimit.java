package org.commonground.bot.testing;

import java.time.Duration;
import java.util.Optional;

/**
 * Slack's rate limit on one Web API method, as a token bucket: {@code perSecond} calls a second,
 * with bursts of a tenth of a second's worth. A call over the limit is refused with {@code 429} and
 * a {@code Retry-After} in whole seconds, as Slack does; calls made before that has passed are
 * refused too, and counted.
 */
public final class RateLimit {

  private static final long SECOND = Duration.ofSeconds(1).toNanos();

  private final int perSecond;
  private final double burst;
  private double tokens;
  private long refilledAt;
  private long retryUntil;
  private int refused;
  private int callsTooSoon;

  RateLimit(int perSecond) {
    this.perSecond = perSecond;
    this.burst = Math.max(1, perSecond / 10.0);
    this.tokens = burst;
    this.refilledAt = System.nanoTime();
    this.retryUntil = refilledAt;
  }

  /** The 429 to answer a call received at {@code nanos}, or empty to let it through. */
  synchronized Optional<FakeSlack.Answer> refusal(long nanos) {
    tokens = Math.min(burst, tokens + (nanos - refilledAt) * perSecond / (double) SECOND);
    refilledAt = nanos;
    if (nanos < retryUntil) {
      callsTooSoon++;
      refused++;
      return Optional.of(FakeSlack.Answer.rateLimited(secondsUntil(nanos)));
    }
    if (tokens >= 1) {
      tokens -= 1;
      return Optional.empty();
    }
    refused++;
    int seconds = (int) Math.max(1, Math.ceil((1 - tokens) / perSecond));
    retryUntil = nanos + seconds * SECOND;
    return Optional.of(FakeSlack.Answer.rateLimited(seconds));
  }

  private int secondsUntil(long nanos) {
    return (int) Math.max(1, (retryUntil - nanos + SECOND - 1) / SECOND);
  }

  public int perSecond() {
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
