package org.commonground.bot.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.commonground.bot.schedule.Sleeper;

/**
 * One simulated clock shared by a fake platform's rate windows and the app's pacing: a wait moves
 * it on at once instead of passing, so a delivery that would take twenty minutes takes as long as
 * its HTTP calls on loopback. Only for one sending thread, as one replica delivers at a time.
 */
final class SimulatedTime implements Sleeper {

  private final Instant start = Instant.parse("2026-11-23T09:00:00Z");
  private volatile long elapsedNanos;

  @Override
  public boolean sleep(Duration duration) {
    elapsedNanos += duration.toNanos();
    return true;
  }

  long nanos() {
    return elapsedNanos;
  }

  Duration elapsed() {
    return Duration.ofNanos(elapsedNanos);
  }

  Clock clock() {
    return new Clock() {
      @Override
      public ZoneOffset getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(java.time.ZoneId zone) {
        throw new UnsupportedOperationException("UTC only");
      }

      @Override
      public Instant instant() {
        return start.plusNanos(elapsedNanos);
      }
    };
  }
}
