package org.commonground.bot.console.pages;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonground.bot.console.ConsolePage;
import org.commonground.bot.console.ConsoleRequest;
import org.commonground.bot.core.impact.Impact;
import org.commonground.bot.core.impact.ImpactChart;
import org.commonground.bot.core.impact.ImpactCsv;
import org.commonground.bot.core.impact.ImpactTable;
import org.commonground.bot.core.impact.OutcomesTable;
import org.commonground.bot.core.impact.PeriodImpact;
import org.commonground.bot.core.impact.WeeklyImpact;
import org.commonground.bot.core.meetings.Outcomes;

/**
 * {@code /admin/impact/download?table=…}: one of the impact page's tables as CSV, with the same
 * suppression as on the page: aggregates only, never a person.
 */
public final class ImpactDownloadPage implements ConsolePage {

  private final Impact impact;
  private final Outcomes outcomes;
  private final Clock clock;
  private final ZoneId zone;

  public ImpactDownloadPage(Impact impact, Outcomes outcomes, Clock clock, ZoneId zone) {
    this.impact = impact;
    this.outcomes = outcomes;
    this.clock = clock;
    this.zone = zone;
  }

  @Override
  public String path() {
    return "/impact/download";
  }

  @Override
  public void get(ConsoleRequest request) throws IOException {
    ImpactPeriod period = ImpactPeriod.of(request.param("from"), request.param("to"), clock, zone);
    String wanted = request.param("table");
    WeeklyImpact weekly = impact.weekly();
    Optional<ImpactTable> byWeek =
        find(
            wanted,
            List.of(weekly.participation(), weekly.introMe(), weekly.meetings()).stream()
                .map(ImpactChart::table)
                .toList());
    if (byWeek.isPresent()) {
      request.csv(wanted + ".csv", ImpactCsv.of(byWeek.get()));
      return;
    }
    PeriodImpact network = impact.period(period.from(), period.to());
    Optional<ImpactTable> ofPeriod =
        find(
            wanted,
            List.of(
                network.sectorIntroductions().table(),
                network.sectorMeetings().table(),
                network.organisationIntroductions().table(),
                network.organisationMeetings().table(),
                network.withoutCrossSectorIntroduction(),
                network.challengeGaps(),
                OutcomesTable.of(outcomes.counts(period.from(), period.to()), network.period())));
    if (ofPeriod.isEmpty()) {
      request.render(404, "not-found", Map.of());
      return;
    }
    request.csv(
        wanted + "-" + period.from() + "-to-" + period.to() + ".csv", ImpactCsv.of(ofPeriod.get()));
  }

  private static Optional<ImpactTable> find(String id, List<ImpactTable> tables) {
    return tables.stream().filter(table -> table.id().equals(id)).findFirst();
  }
}
