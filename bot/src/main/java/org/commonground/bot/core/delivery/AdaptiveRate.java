package org.commonground.bot.core.delivery;

/**
 * The rate, in messages a minute, at which to post to a chat platform whose limit is not known in
 * advance and may change: it rises while the platform accepts and falls when it refuses with {@code
 * 429}. Not thread-safe: {@link PlatformPace} holds it under its lock.
 *
 * <p>The scheme is additive-increase/multiplicative-decrease, as TCP's congestion control, with two
 * things taken from TCP that plain AIMD lacks. Until the first refusal the rate grows
 * multiplicatively (TCP's slow start), so that a large network reaches a generous limit within a
 * few dozen messages rather than after thousands. And the rate that was refused is remembered (as
 * CUBIC remembers its last window before loss): once near it the rate creeps up only by a small
 * step per message and falls back just below it, instead of halving and climbing back from far
 * below on every refusal. Halving is still what follows a refusal when nothing is known, or when
 * refusals come close together, since then the limit has fallen and backing off geometrically is
 * what gets under it quickly. Plain AIMD's merit, converging to a fair share among competing
 * senders, matters little here: one replica delivers at a time, so this is the app's only bulk
 * sender on each platform, and the limit is the platform's per app, not a share of a link.
 *
 * <p>A rate accepted well above the remembered refusal means the limit has risen; the memory is
 * then dropped and the rate grows quickly again until the next refusal.
 */
final class AdaptiveRate {

  /** Growth per accepted message while far from any refusal: doubling in about 11 messages. */
  private static final double FAST_GROWTH = 1.0 / 16;

  /** Below this share of the refused rate, the rate grows fast. */
  private static final double NEAR = 0.9;

  /** Per accepted message near the refused rate, this share of it is added: slow probing. */
  private static final double PROBE_STEP = 1.0 / 5000;

  /** After a refusal near the remembered one, the rate settles this far below it. */
  private static final double SETTLE = 0.92;

  /** Accepted this far above the remembered refusal, the limit must have risen. */
  private static final double RISEN = 1.1;

  /** Fewer accepted messages than this between two refusals means the limit has fallen. */
  private static final int CLOSE_TOGETHER = 20;

  private static final double SLOWEST = 1;

  private final double ceiling;
  private double perMinute;
  private double refusedAt = Double.NaN;
  private int acceptedSinceRefusal = Integer.MAX_VALUE;

  /**
   * @param start the rate to begin at, one the platform accepts from any app
   * @param ceiling the most ever to send, {@link Double#POSITIVE_INFINITY} for no ceiling
   */
  AdaptiveRate(double start, double ceiling) {
    this.ceiling = ceiling;
    this.perMinute = Math.min(start, ceiling);
  }

  double perMinute() {
    return perMinute;
  }

  /** The platform accepted a message sent at the current rate. */
  void accepted() {
    if (acceptedSinceRefusal < Integer.MAX_VALUE) {
      acceptedSinceRefusal++;
    }
    if (!Double.isNaN(refusedAt) && perMinute > refusedAt * RISEN) {
      refusedAt = Double.NaN;
    }
    if (Double.isNaN(refusedAt) || perMinute < refusedAt * NEAR) {
      perMinute *= 1 + FAST_GROWTH;
    } else {
      perMinute += refusedAt * PROBE_STEP;
    }
    perMinute = Math.min(perMinute, ceiling);
  }

  /** The platform refused a message sent at the current rate with {@code 429}. */
  void refused() {
    boolean limitKnown =
        !Double.isNaN(refusedAt)
            && perMinute >= refusedAt * NEAR
            && acceptedSinceRefusal >= CLOSE_TOGETHER;
    refusedAt = perMinute;
    perMinute = Math.max(SLOWEST, perMinute * (limitKnown ? SETTLE : 0.5));
    acceptedSinceRefusal = 0;
  }
}
