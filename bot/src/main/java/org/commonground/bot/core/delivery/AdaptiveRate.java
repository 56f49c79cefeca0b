package org.commonground.bot.core.delivery;

/**
 * The rate, in messages a minute, at which to post to a chat platform whose limit is not known in
 * advance and may change: it rises while the platform accepts and falls when it refuses with {@code
 * 429}. Not thread-safe: {@link PlatformPace} holds it under its lock.
 *
 * <p>The scheme is additive-increase/multiplicative-decrease, as TCP's congestion control, with two
 * things taken from TCP that plain AIMD lacks. Until the first refusal the rate grows
 * multiplicatively (TCP's slow start), doubling every two seconds of sending, so that a large
 * network reaches a generous limit within seconds rather than after thousands of messages. And the
 * rate that was refused is remembered, as CUBIC remembers its last window before loss: after a
 * refusal near it the rate falls back just below it and climbs back along CUBIC's curve, quickly at
 * first, flattening as it nears the rate refused a minute later, then rising ever faster past it,
 * so that a limit that has risen is found within a minute or two however far it rose, while a limit
 * that stays put is met about once a minute. Halving is still what follows a refusal when nothing
 * is known, or when refusals come close together, since then the limit has fallen and backing off
 * geometrically is what gets under it quickly. Plain AIMD's merit, converging to a fair share among
 * competing senders, matters little here: one replica delivers at a time, so this is the app's only
 * bulk sender on each platform, and the limit is the platform's per app, not a share of a link.
 *
 * <p>Time here is time spent sending: each accepted message counts the interval it was sent at. A
 * rate accepted well above the remembered refusal means the limit has risen; the memory is then
 * dropped and the rate grows quickly again until the next refusal.
 */
final class AdaptiveRate {

  /**
   * Far from any refusal the rate doubles in this many seconds of sending, as TCP's slow start
   * doubles once a round trip: counted in time, not messages, so that a fast platform's rate
   * doesn't run far past its limit before a refusal comes back.
   */
  private static final double DOUBLING_SECONDS = 2;

  /**
   * The most the rate grows by per message: doubling in 11 messages, so that at a slow rate one
   * message never takes it more than a sixteenth past a limit it had just reached.
   */
  private static final double FAST_GROWTH = 1.0 / 16;

  /** Below this share of the refused rate, the rate grows fast. */
  private static final double NEAR = 0.9;

  /** After a refusal near the remembered one, the rate settles this far below it. */
  private static final double SETTLE = 0.92;

  /**
   * How long, in seconds of sending, the rate takes to climb back from where it settled to the rate
   * refused.
   */
  private static final double RETURN_SECONDS = 60;

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
   * How long the climb near the refused rate has lasted, as CUBIC's time since its epoch; NaN while
   * far from it. Only time spent sending counts, each accepted message adding its interval at the
   * rate it was sent at, so that an app idle for a day does not come back at a rate it never tried.
   */
  private double climbSeconds = Double.NaN;

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
      perMinute *= Math.min(1 + FAST_GROWTH, Math.pow(2, 60 / perMinute / DOUBLING_SECONDS));
      climbSeconds = Double.NaN;
    } else {
      climbSeconds =
          Double.isNaN(climbSeconds) ? secondsInto(perMinute) : climbSeconds + 60 / perMinute;
      perMinute = Math.max(perMinute, climb(climbSeconds));
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
    climbSeconds = limitKnown ? 0 : Double.NaN;
    acceptedSinceRefusal = 0;
  }

  /**
   * The rate {@code seconds} into a climb: CUBIC's curve, rising from where it settled, flattening
   * as it nears the rate refused (reached after {@link #RETURN_SECONDS}), then rising ever faster
   * beyond it, so that a limit that has risen is found again within a minute or two however far it
   * rose.
   */
  private double climb(double seconds) {
    double x = seconds / RETURN_SECONDS - 1;
    return refusedAt * (1 + (1 - SETTLE) * x * x * x);
  }

  /** How far into the climb, in seconds, the curve reaches {@code rate}. */
  private double secondsInto(double rate) {
    return RETURN_SECONDS * (1 + Math.cbrt((rate / refusedAt - 1) / (1 - SETTLE)));
  }
}
