package org.commonground.bot.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.commonground.storage.testing.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * The pace against a platform that takes {@code limit} messages a minute, evenly spaced: time is a
 * settable clock that each wait moves on, so nothing here waits.
 */
class PlatformPaceTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
  private final List<Instant> calls = new ArrayList<>();
  private Instant heldUntil = Instant.MIN;

  private final PlatformPace pace =
      new PlatformPace(
          "slack",
          clock,
          wait -> {
            clock.advance(wait);
            return true;
          },
          120,
          OptionalInt.empty());

  @Test
  void risesWhileThePlatformAccepts() throws Exception {
    send(100, 100_000);

    assertThat(pace.perMinute()).isGreaterThan(10_000);
    assertThat(pace.refusals()).isZero();
  }

  @Test
  void dropsAfterA429AndNeverCallsBeforeItsRetryAfterHasPassed() throws Exception {
    send(2000, 600);

    assertThat(pace.refusals()).isPositive();
    assertThat(callsTooSoon).isZero();
    assertThat(pace.perMinute()).isBetween(0.9 * 540, 600.0 * 1.05);
  }

  @Test
  void settlesUnderALimitThatFallsAndFindsOneThatRises() throws Exception {
    send(2000, 900);
    send(2000, 300);
    assertThat(pace.perMinute()).isBetween(250.0, 320.0);

    send(4000, 900);
    assertThat(pace.perMinute()).isBetween(800.0, 950.0);
    assertThat(callsTooSoon).isZero();
  }

  @Test
  void neverGoesAboveTheCeiling() throws Exception {
    PlatformPace ceiled =
        new PlatformPace(
            "teams",
            clock,
            wait -> {
              clock.advance(wait);
              return true;
            },
            600,
            OptionalInt.of(200));

    Instant start = clock.instant();
    for (int i = 0; i < 1000; i++) {
      ceiled.awaitTurn();
      ceiled.accepted();
    }

    assertThat(ceiled.perMinute()).isEqualTo(200);
    assertThat(Duration.between(start, clock.instant()))
        .isGreaterThanOrEqualTo(Duration.ofMinutes(1).multipliedBy(999).dividedBy(200));
  }

  @Test
  void aStopEndsTheWaitWithoutATurn() throws Exception {
    PlatformPace stopping =
        new PlatformPace("slack", clock, wait -> false, 60, OptionalInt.empty());
    assertThat(stopping.awaitTurn()).isTrue();
    stopping.refused(Duration.ofSeconds(30));

    assertThat(stopping.awaitTurn()).isFalse();
  }

  private int callsTooSoon;

  /**
   * Sends {@code messages} to a platform that refuses a call sooner than {@code 60 / limit} s after
   * the last one it took, answering 429 with a one-second Retry-After.
   */
  private void send(int messages, int limit) throws InterruptedException {
    Duration spacing = Duration.ofNanos((long) (60e9 / limit));
    int sent = 0;
    while (sent < messages) {
      assertThat(pace.awaitTurn()).isTrue();
      Instant now = clock.instant();
      if (now.isBefore(heldUntil)) {
        callsTooSoon++;
      }
      Instant last = calls.isEmpty() ? Instant.MIN : calls.get(calls.size() - 1);
      if (!calls.isEmpty() && now.isBefore(last.plus(spacing))) {
        heldUntil = now.plusSeconds(1);
        pace.refused(Duration.ofSeconds(1));
      } else {
        calls.add(now);
        pace.accepted();
        sent++;
      }
    }
  }
}
