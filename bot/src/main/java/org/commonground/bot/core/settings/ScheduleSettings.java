package org.commonground.bot.core.settings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.commonground.bot.core.programme.Programme;
import org.commonground.bot.core.programme.ProgrammeSource;
import org.commonground.bot.core.programme.RoundTimer;
import org.commonground.bot.core.programme.RoundTimes;
import org.commonground.bot.core.programme.WeeklySchedule;
import org.commonground.storage.settings.ProgrammeBreak;
import org.commonground.storage.settings.ProgrammeBreaks;
import org.commonground.storage.settings.SavedSettings;

/**
 * When the weekly round runs and the weeks it doesn't, as the console shows and changes them. A
 * saved schedule moves the round's next run at once, for every replica; a break needs no move, as
 * each run reads the breaks when it comes and tells members instead of computing a round.
 */
public final class ScheduleSettings {

  private static final int ROUNDS_SHOWN = 3;

  private final ProgrammeSource programme;
  private final SavedSettings saved;
  private final ProgrammeBreaks breaks;
  private final RoundTimer timer;
  private final Clock clock;

  public ScheduleSettings(
      ProgrammeSource programme,
      SavedSettings saved,
      ProgrammeBreaks breaks,
      RoundTimer timer,
      Clock clock) {
    this.programme = programme;
    this.saved = saved;
    this.breaks = breaks;
    this.timer = timer;
    this.clock = clock;
  }

  /**
   * How things stand.
   *
   * @param saved false while the environment's {@code DIGEST_CRON} and {@code DIGEST_ZONE} apply
   * @param nextRounds the next three rounds, breaks skipped
   * @param breaks those not over, earliest first, each removable by its id
   */
  public record Current(
      RoundTimes times,
      boolean saved,
      List<ZonedDateTime> nextRounds,
      List<ProgrammeBreak> breaks) {}

  public Current current() {
    Programme now = programme.current();
    LocalDate today = today(now);
    return new Current(
        now.times(),
        programme.saved(),
        now.nextRuns(clock.instant(), ROUNDS_SHOWN),
        now.breaks().stream().filter(b -> !b.lastDay().isBefore(today)).toList());
  }

  /**
   * Saves the day, time and zone the round runs at from now on, and moves its next run.
   *
   * @param day a day's name, such as {@code Tuesday}
   * @param time 24-hour {@code HH:MM}
   * @param zone a region's id, such as {@code Europe/London}
   */
  public WeeklySchedule saveSchedule(String actor, String day, String time, String zone)
      throws SettingRejected {
    WeeklySchedule schedule;
    try {
      schedule = WeeklySchedule.parse(day, time, zone);
    } catch (IllegalArgumentException e) {
      throw new SettingRejected(e.getMessage());
    }
    saved.saveSchedule(actor, schedule.toSaved());
    timer.programmeChanged();
    return schedule;
  }

  /**
   * Adds days without a round.
   *
   * @param firstDay {@code YYYY-MM-DD}, today or later in the schedule's zone
   * @param lastDay {@code YYYY-MM-DD}, the first day or later, within a year of it
   * @param reason what members are told, up to 200 characters
   */
  public ProgrammeBreak addBreak(String actor, String firstDay, String lastDay, String reason)
      throws SettingRejected {
    BreakRequest request =
        BreakRequest.check(firstDay, lastDay, reason, today(programme.current()));
    return breaks.add(actor, request.firstDay(), request.lastDay(), request.reason());
  }

  /** Removes a break, so that the rounds in it run after all. */
  public ProgrammeBreak removeBreak(String actor, long breakId) throws SettingRejected {
    return breaks
        .remove(actor, breakId)
        .orElseThrow(() -> new SettingRejected("That break has been removed already."));
  }

  private LocalDate today(Programme programme) {
    return LocalDate.ofInstant(clock.instant(), programme.zone());
  }
}
