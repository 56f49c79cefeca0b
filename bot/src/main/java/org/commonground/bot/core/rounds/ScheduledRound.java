package org.commonground.bot.core.rounds;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.commonground.bot.core.programme.BreakAnnouncement;
import org.commonground.bot.core.programme.Programme;
import org.commonground.bot.core.programme.ProgrammeSource;
import org.commonground.storage.settings.ProgrammeBreak;

/**
 * What the weekly round's scheduled run does: the round, or, when its day falls in a break, telling
 * its members why there is none. The breaks are read at each run, so one added on any replica
 * applies to the next run wherever it happens.
 */
public final class ScheduledRound {

  /** How long after a run in a break its announcement is finished if it was cut short. */
  private static final Duration FINISH_WITHIN = Duration.ofDays(1);

  private final WeeklyRound round;
  private final ProgrammeSource programme;
  private final BreakAnnouncement announcement;
  private final Clock clock;

  public ScheduledRound(
      WeeklyRound round, ProgrammeSource programme, BreakAnnouncement announcement, Clock clock) {
    this.round = round;
    this.programme = programme;
    this.announcement = announcement;
    this.clock = clock;
  }

  public void run() {
    Programme now = programme.current();
    Optional<ProgrammeBreak> pause = now.breakAt(clock.instant());
    if (pause.isPresent()) {
      announce(now, pause.get());
    } else {
      round.run();
    }
  }

  /** Finishes what a stop cut short: the latest round's delivery, or a break's announcement. */
  public void resume() {
    round.resumeLatest();
    Programme now = programme.current();
    Optional<ProgrammeBreak> pause = now.skippedWithin(clock.instant(), FINISH_WITHIN);
    if (pause.isPresent()) {
      announce(now, pause.get());
    }
  }

  private void announce(Programme now, ProgrammeBreak pause) {
    Instant at = clock.instant();
    announcement.announce(pause, LocalDate.ofInstant(at, now.zone()), now.nextRound(at));
  }
}
