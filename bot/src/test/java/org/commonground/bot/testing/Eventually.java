package org.commonground.bot.testing;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Waits for what the app records after its last Slack call, which no call to the fake can signal:
 * checks the condition until it holds, failing after ten seconds.
 */
public final class Eventually {

  private static final Duration PATIENCE = Duration.ofSeconds(10);

  private Eventually() {}

  public static void until(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("still waiting for " + what);
      }
      LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
    }
  }
}
