package org.commonground.bot.core.programme;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonground.storage.settings.ProgrammeBreak;

/**
 * The weekly round's times with the breaks admins set: a run whose day, in the schedule's zone,
 * falls in a break computes no round, and its members are told why instead.
 *
 * @param breaks those not over, earliest first
 */
public record Programme(RoundTimes times, List<ProgrammeBreak> breaks) {

  /**
   * How far ahead to look for a round outside every break: breaks are at most a year long, so this
   * is only reached by breaks admins laid end to end for years.
   */
  static final int MOST_RUNS_LOOKED_AT = 600;

  public Programme {
    breaks = List.copyOf(breaks);
  }

  public ZoneId zone() {
    return times.zone();
  }

  /** The break that {@code day} falls in, if any. */
  public Optional<ProgrammeBreak> breakOn(LocalDate day) {
    return breaks.stream().filter(b -> b.covers(day)).findFirst();
  }

  /** The break that the day of {@code instant} falls in, if any. */
  public Optional<ProgrammeBreak> breakAt(Instant instant) {
    return breakOn(LocalDate.ofInstant(instant, zone()));
  }

  /** The next {@code n} rounds after {@code now}, skipping runs that fall in a break. */
  public List<ZonedDateTime> nextRuns(Instant now, int n) {
    List<ZonedDateTime> rounds = new ArrayList<>(n);
    ZonedDateTime run = times.nextAfter(now);
    for (int looked = 0; rounds.size() < n && looked < MOST_RUNS_LOOKED_AT; looked++) {
      if (breakOn(run.toLocalDate()).isEmpty()) {
        rounds.add(run);
      }
      run = times.nextAfter(run.toInstant());
    }
    return rounds;
  }

  /** The next round after {@code now}; empty only if breaks fill years ahead. */
  public Optional<ZonedDateTime> nextRound(Instant now) {
    return nextRuns(now, 1).stream().findFirst();
  }

  /**
   * The break that the latest run in the {@code window} up to {@code now} fell in, if it fell in
   * one, so that an announcement cut short (the app stopped while telling members) is finished soon
   * after.
   */
  public Optional<ProgrammeBreak> skippedWithin(Instant now, Duration window) {
    Optional<ProgrammeBreak> skipped = Optional.empty();
    ZonedDateTime run = times.nextAfter(now.minus(window));
    for (int looked = 0; !run.toInstant().isAfter(now) && looked < MOST_RUNS_LOOKED_AT; looked++) {
      skipped = breakOn(run.toLocalDate());
      run = times.nextAfter(run.toInstant());
    }
    return skipped;
  }
}
