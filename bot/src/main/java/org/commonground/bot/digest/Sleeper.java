package org.commonground.bot.digest;

import java.time.Duration;

/** Waits; tests substitute one that only records what it was asked to wait. */
@FunctionalInterface
public interface Sleeper {

  Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

  void sleep(Duration duration) throws InterruptedException;
}
