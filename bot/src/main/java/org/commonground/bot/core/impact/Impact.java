package org.commonground.bot.core.impact;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.commonground.storage.Stores;
import org.commonground.storage.impact.ImpactFigures;

/**
 * The network's impact as the convenor shows it to a board and funders: charts (SVG, to put in a
 * page as they are) each with the table of its numbers, and tables of their own; {@link ImpactCsv}
 * writes any table as CSV. Every count of 1 or 2 reads {@value Count#FEWER_THAN_THREE} and no such
 * count can be worked out from the others shown (see {@link Count}). Figures are read when asked.
 */
public final class Impact {

  /** How many of the latest rounds the weekly charts cover: half a year. */
  public static final int WEEKS = 26;

  private final ImpactFigures figures;
  private final ZoneId zone;
  private final Clock clock;

  /**
   * @param zone where the days of a period begin and end: the network's, {@code DIGEST_ZONE}
   */
  public Impact(Stores stores, ZoneId zone, Clock clock) {
    this.figures = stores.impactFigures();
    this.zone = zone;
    this.clock = clock;
  }

  /** The last {@value #WEEKS} rounds, oldest first. */
  public WeeklyImpact weekly() {
    ImpactFigures.Weekly weekly = figures.weekly(WEEKS);
    return new WeeklyImpact(
        ParticipationChart.of(weekly.participation()),
        IntroMeChart.of(weekly.responses()),
        MeetingsChart.of(weekly.meetings()));
  }

  /**
   * Introductions made from the start of {@code from} to the end of {@code to} (a term, a year), as
   * far as today if it ends later.
   *
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public PeriodImpact period(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "The period ends (" + to + ") before it starts (" + from + ")");
    }
    String period = words(from, to);
    ImpactFigures.Period read =
        figures.period(
            from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant());
    NetworkCharts network = new NetworkCharts(read.links(), period, read.unattributed());
    return new PeriodImpact(
        period,
        network.organisations(NetworkGrid.Measure.INTRODUCTIONS),
        network.organisations(NetworkGrid.Measure.MEETINGS),
        network.sectors(NetworkGrid.Measure.INTRODUCTIONS),
        network.sectors(NetworkGrid.Measure.MEETINGS),
        CrossSectorGapsTable.of(read.withoutCrossSectorIntroduction(), period),
        ChallengeGapsTable.of(read.challenges(), period));
  }

  /** "1 Sep 2026 to 31 Dec 2026", with "so far" while the period is still running. */
  private String words(LocalDate from, LocalDate to) {
    String words = from.format(ChartWeek.DAY) + " to " + to.format(ChartWeek.DAY);
    return LocalDate.now(clock.withZone(zone)).isAfter(to) ? words : words + " (so far)";
  }
}
