package org.commonground.bot.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
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
    return new SimulatedClock(ZoneOffset.UTC);
  }

  /** Reads the simulated time, in any zone: every zone's clock moves with the one time. */
  private final class SimulatedClock extends Clock {

    private final ZoneId zone;

    SimulatedClock(ZoneId zone) {
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
      return new SimulatedClock(newZone);
    }

    @Override
    public Instant instant() {
      return start.plusNanos(elapsedNanos);
    }
  }
}
