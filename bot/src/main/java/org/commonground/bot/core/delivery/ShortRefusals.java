package org.commonground.bot.core.delivery;

import java.time.Duration;

/**
 * Which calls a platform refused with {@code 429} are waited out and made again at once, on Slack
 * and on Teams alike. The adaptive pace meets each platform's limit now and then by design, and
 * Teams' windows and Slack's per-channel limit ask for a second or two; a reply or a notice must
 * not be lost to that. A longer wait is the caller's to schedule, as a round's delivery does,
 * rather than a thread's to sit out. A refused call was not made, so making it again posts nothing
 * twice.
 */
public final class ShortRefusals {

  private static final Duration LONGEST_WAITED_OUT = Duration.ofSeconds(2);
  private static final int ATTEMPTS = 3;

  private ShortRefusals() {}

  /**
   * Whether a call refused on its {@code attempt}th try (counting from 1), asked to wait {@code
   * retryAfter}, is made again once the pace has waited that out.
   */
  public static boolean madeAgain(int attempt, Duration retryAfter) {
    return attempt < ATTEMPTS && retryAfter.compareTo(LONGEST_WAITED_OUT) <= 0;
  }
}
