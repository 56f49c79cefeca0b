package org.commonground.bot.console.pages;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonground.bot.console.ConsolePage;
import org.commonground.bot.console.ConsoleRequest;
import org.commonground.bot.console.FieldError;
import org.commonground.bot.core.impact.Impact;
import org.commonground.bot.core.impact.ImpactChart;
import org.commonground.bot.core.impact.ImpactTable;
import org.commonground.bot.core.impact.OutcomesTable;
import org.commonground.bot.core.impact.PeriodImpact;
import org.commonground.bot.core.impact.Term;
import org.commonground.bot.core.impact.WeeklyImpact;
import org.commonground.bot.core.meetings.Outcomes;

/**
 * {@code /admin/impact}: what the board asks. Each chart is drawn on the server with a table of its
 * numbers beside it and a CSV of that table; every count of fewer than 3 is shown as "<3".
 */
public final class ImpactPage implements ConsolePage {

  /** A chart as the page shows it: its drawing, and the table of its numbers. */
  public record ChartView(String svg, TableView table) {}

  /** A link to another period. */
  public record PeriodLink(String label, String href) {}

  /** A story a member let admins share, without their name. */
  public record StoryView(String story, String sectors, String toldOn) {}

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final Impact impact;
  private final Outcomes outcomes;
  private final Clock clock;
  private final ZoneId zone;

  public ImpactPage(Impact impact, Outcomes outcomes, Clock clock, ZoneId zone) {
    this.impact = impact;
    this.outcomes = outcomes;
    this.clock = clock;
    this.zone = zone;
  }

  @Override
  public String path() {
    return "/impact";
  }

  @Override
  public void get(ConsoleRequest request) throws IOException {
    ImpactPeriod period = ImpactPeriod.of(request.param("from"), request.param("to"), clock, zone);
    WeeklyImpact weekly = impact.weekly();
    PeriodImpact network = impact.period(period.from(), period.to());
    String query = period.query();
    Map<String, Object> model = new HashMap<>();
    model.put("from", period.from().toString());
    model.put("to", period.to().toString());
    model.put("period", network.period());
    model.put("periods", periods());
    model.put("participation", chart(weekly.participation(), ""));
    model.put("introMe", chart(weekly.introMe(), ""));
    model.put("meetings", chart(weekly.meetings(), ""));
    model.put("sectorIntroductions", chart(network.sectorIntroductions(), query));
    model.put("sectorMeetings", chart(network.sectorMeetings(), query));
    model.put("organisationIntroductions", chart(network.organisationIntroductions(), query));
    model.put("organisationMeetings", chart(network.organisationMeetings(), query));
    model.put(
        "withoutCrossSector",
        TableView.of(
            network.withoutCrossSectorIntroduction(),
            download(network.withoutCrossSectorIntroduction().id(), query)));
    model.put(
        "challengeGaps",
        TableView.of(network.challengeGaps(), download(network.challengeGaps().id(), query)));
    ImpactTable outcomeTable =
        OutcomesTable.of(outcomes.counts(period.from(), period.to()), network.period());
    model.put("outcomes", TableView.of(outcomeTable, download(outcomeTable.id(), query)));
    model.put(
        "stories",
        outcomes.sharedStories(period.from(), period.to()).stream()
            .map(
                story ->
                    new StoryView(
                        story.story(),
                        story.sector() + " and " + story.otherSector(),
                        story.toldOn().format(DAY)))
            .toList());
    List<FieldError> errors = new ArrayList<>();
    period.problem().ifPresent(problem -> errors.add(new FieldError("from", problem)));
    model.put("errors", errors);
    request.render(errors.isEmpty() ? 200 : 400, "impact", model);
  }

  private static ChartView chart(ImpactChart chart, String query) {
    return new ChartView(
        chart.svg(), TableView.of(chart.table(), download(chart.table().id(), query)));
  }

  static String download(String table, String query) {
    return "/admin/impact/download?table=" + table + (query.isEmpty() ? "" : "&" + query);
  }

  private List<PeriodLink> periods() {
    Term term = Term.containing(LocalDate.now(clock.withZone(zone)));
    Term last = term.previous();
    LocalDate today = LocalDate.now(clock.withZone(zone));
    return List.of(
        link(term.name() + " (this term)", term.first(), term.last()),
        link(last.name(), last.first(), last.last()),
        link("The last 12 months", today.minusYears(1).plusDays(1), today));
  }

  private static PeriodLink link(String label, LocalDate from, LocalDate to) {
    return new PeriodLink(label, "/admin/impact?from=" + from + "&to=" + to + "#network");
  }
}
