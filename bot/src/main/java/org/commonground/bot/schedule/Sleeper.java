package org.commonground.bot.schedule;

import java.time.Duration;

/** Waits that end early when the app begins to stop; tests substitute one that only records. */
@FunctionalInterface
public interface Sleeper {

  /**
   * Waits for {@code duration}, and returns true; or returns false as soon as the app is stopping,
   * so that the caller can wrap up instead of waiting on.
   */
  boolean sleep(Duration duration) throws InterruptedException;
}
