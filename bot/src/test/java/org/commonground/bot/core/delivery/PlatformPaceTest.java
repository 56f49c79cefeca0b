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
          5,
          OptionalInt.empty());

  @Test
  void risesWhileThePlatformAccepts() throws Exception {
    platformTakesBurstsOf(5);
    send(1000, 100_000);

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
            7,
            OptionalInt.of(200));

    Instant start = clock.instant();
    for (int i = 0; i < 1000; i++) {
      ceiled.awaitTurn().orElseThrow().accepted();
    }

    assertThat(ceiled.perMinute()).isEqualTo(200);
    assertThat(Duration.between(start, clock.instant()))
        .isGreaterThanOrEqualTo(Duration.ofMinutes(1).multipliedBy(1000 - 7).dividedBy(200));
  }

  @Test
  void aStopEndsTheWaitWithoutATurn() throws Exception {
    PlatformPace stopping =
        new PlatformPace("slack", clock, wait -> false, 60, 1, OptionalInt.empty());
    stopping.awaitTurn().orElseThrow().refused(Duration.ofSeconds(30));

    assertThat(stopping.awaitTurn()).isEmpty();
  }

  @Test
  void anIdleAppPostsAShortBurstAtOnceThenAtTheRate() throws Exception {
    Instant start = clock.instant();
    List<Instant> turns = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      pace.awaitTurn().orElseThrow().accepted();
      turns.add(clock.instant());
    }
    assertThat(turns.subList(0, 5)).containsOnly(start);
    assertThat(turns.get(5)).isAfter(start.plusMillis(400));
    assertThat(Duration.between(turns.get(5), turns.get(6))).isGreaterThan(Duration.ofMillis(300));

    clock.advance(Duration.ofMinutes(1));
    Instant later = clock.instant();
    for (int i = 0; i < 5; i++) {
      pace.awaitTurn().orElseThrow().accepted();
    }
    assertThat(clock.instant()).as("idle again, a burst again").isEqualTo(later);
  }

  @Test
  void aBurstRefusedLeavesTheRateAndSpacesCallsEvenlyFromThenOn() throws Exception {
    pace.awaitTurn().orElseThrow().accepted();
    double rate = pace.perMinute();
    pace.awaitTurn().orElseThrow().refused(Duration.ofSeconds(1));

    assertThat(pace.perMinute()).isEqualTo(rate);
    clock.advance(Duration.ofMinutes(1));
    Instant idle = clock.instant();
    pace.awaitTurn().orElseThrow().accepted();
    pace.awaitTurn().orElseThrow().accepted();
    assertThat(clock.instant()).isAfter(idle.plusMillis(400));
  }

  private int callsTooSoon;
  private int platformBurst = 1;
  private double tokens = 1;
  private Instant refilledAt = clock.instant();

  private void platformTakesBurstsOf(int calls) {
    platformBurst = calls;
    tokens = calls;
  }

  /**
   * Sends {@code messages} to a platform that takes {@code limit} a minute as a token bucket of
   * {@code platformBurst} calls (with a burst of one, no call sooner than {@code 60 / limit} s
   * after the last one it took), answering 429 with a one-second Retry-After.
   */
  private void send(int messages, int limit) throws InterruptedException {
    int sent = 0;
    while (sent < messages) {
      PlatformPace.Turn turn = pace.awaitTurn().orElseThrow();
      Instant now = clock.instant();
      if (now.isBefore(heldUntil)) {
        callsTooSoon++;
      }
      tokens =
          Math.min(
              platformBurst, tokens + Duration.between(refilledAt, now).toNanos() * limit / 60e9);
      refilledAt = now;
      if (tokens < 1) {
        heldUntil = now.plusSeconds(1);
        turn.refused(Duration.ofSeconds(1));
      } else {
        tokens -= 1;
        turn.accepted();
        sent++;
      }
    }
  }
}
