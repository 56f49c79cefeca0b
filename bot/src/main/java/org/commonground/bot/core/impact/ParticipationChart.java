package org.commonground.bot.core.impact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.commonground.storage.impact.RoundParticipation;

/** Who took part in each of the last rounds: members, eligible, matched and paused. */
final class ParticipationChart {

  static final String ID = "participation";

  private static final List<String> SERIES = List.of("Members", "Eligible", "Matched", "Paused");

  private ParticipationChart() {}

  static ImpactChart of(List<RoundParticipation> rounds) {
    List<ChartWeek> weeks = new ArrayList<>();
    List<List<Count>> counts = new ArrayList<>();
    for (RoundParticipation round : rounds) {
      weeks.add(ChartWeek.numbered(round.weekNumber()));
      counts.add(
          List.of(
              Count.of(round.members()),
              Count.of(round.eligible()),
              Count.of(round.matched()),
              Count.of(round.paused())));
    }
    List<LineChart.Series> series = new ArrayList<>();
    for (int s = 0; s < SERIES.size(); s++) {
      int column = s;
      series.add(
          new LineChart.Series(SERIES.get(s), counts.stream().map(c -> c.get(column)).toList()));
    }
    String title = "Participation in the weekly rounds";
    String svg = LineChart.svg(ID, title, description(weeks, counts), weeks, series);
    return new ImpactChart(svg, table(title, weeks, counts));
  }

  private static ImpactTable table(
      String caption, List<ChartWeek> weeks, List<List<Count>> counts) {
    List<ImpactTable.Row> rows = new ArrayList<>();
    for (int w = 0; w < weeks.size(); w++) {
      rows.add(new ImpactTable.Row(weeks.get(w).monday(), List.copyOf(counts.get(w))));
    }
    List<String> columns = new ArrayList<>(List.of("Week beginning"));
    columns.addAll(SERIES);
    List<String> notes = new ArrayList<>();
    notes.add(
        "Members: profiles not deactivated when the round was computed. Eligible: members who"
            + " could be matched that week. Matched: members given at least one match. Paused:"
            + " members paused that Monday, or left out for not answering their matches.");
    notes.add(Notes.FEWER_THAN_THREE);
    if (counts.stream().anyMatch(c -> !c.get(0).recorded())) {
      notes.add(Notes.NOT_RECORDED + " Rounds before members and paused were recorded lack them.");
    }
    return new ImpactTable(ID, caption, columns, rows, notes);
  }

  private static String description(List<ChartWeek> weeks, List<List<Count>> counts) {
    if (weeks.isEmpty()) {
      return "No round has been run yet.";
    }
    List<Count> latest = counts.get(counts.size() - 1);
    StringBuilder text =
        new StringBuilder("Members, eligible, matched and paused members in each round from the ")
            .append(weeks.get(0).longLabel())
            .append(" to the ")
            .append(weeks.get(weeks.size() - 1).longLabel())
            .append(". In the latest round: ");
    for (int s = 0; s < SERIES.size(); s++) {
      text.append(s == 0 ? "" : ", ")
          .append(SERIES.get(s).toLowerCase(Locale.ROOT))
          .append(' ')
          .append(latest.get(s).words());
    }
    int firstRecorded =
        IntStream.range(0, counts.size())
            .filter(w -> counts.get(w).get(0).recorded())
            .findFirst()
            .orElse(counts.size());
    if (firstRecorded == counts.size()) {
      text.append(". Members and paused were not recorded in these rounds");
    } else if (firstRecorded > 0) {
      text.append(". Members and paused were not recorded before the ")
          .append(weeks.get(firstRecorded).longLabel());
    }
    return text.append(". The table of these figures has every number.").toString();
  }
}
