package org.commonground.bot.core.programme;

import java.time.Clock;
import java.time.LocalDate;
import org.commonground.bot.config.Settings;
import org.commonground.storage.Stores;
import org.commonground.storage.settings.ProgrammeBreaks;
import org.commonground.storage.settings.SavedSettings;

/**
 * The programme as it stands: read from the database at every call (two small reads by key), so
 * that what an admin saves on one replica applies on all of them at once, with no cache to go
 * stale. The environment's schedule applies until an admin saves one.
 */
public final class ProgrammeSource {

  private final SavedSettings saved;
  private final ProgrammeBreaks breaks;
  private final RoundTimes defaults;
  private final Clock clock;

  public ProgrammeSource(
      SavedSettings saved, ProgrammeBreaks breaks, RoundTimes defaults, Clock clock) {
    this.saved = saved;
    this.breaks = breaks;
    this.defaults = defaults;
    this.clock = clock;
  }

  /** The programme over the stores, with the environment's schedule as the default. */
  public static ProgrammeSource of(Stores stores, Settings environment, Clock clock) {
    return new ProgrammeSource(
        stores.savedSettings(),
        stores.programmeBreaks(),
        RoundTimes.fromEnvironment(environment.digestCron(), environment.digestZone()),
        clock);
  }

  /** When the round runs, breaks aside. */
  public RoundTimes times() {
    return saved.schedule().<RoundTimes>map(WeeklySchedule::of).orElse(defaults);
  }

  /** Whether an admin saved the schedule, rather than the environment's applying. */
  public boolean saved() {
    return saved.schedule().isPresent();
  }

  /**
   * The times with the breaks not over, and those that ended yesterday, whose last run may still be
   * being announced.
   */
  public Programme current() {
    RoundTimes times = times();
    LocalDate yesterday = LocalDate.ofInstant(clock.instant(), times.zone()).minusDays(1);
    return new Programme(times, breaks.notOverOn(yesterday));
  }
}
