package org.commonground.bot.core.impact;

import java.util.ArrayList;
import java.util.List;
import org.commonground.storage.impact.RoundResponses;

/** How members answered the pairs each round offered them: Intro me, and Not for me. */
final class IntroMeChart {

  static final String ID = "intro-me";

  private IntroMeChart() {}

  static ImpactChart of(List<RoundResponses> rounds) {
    List<ImpactTable.Row> rows = new ArrayList<>();
    List<RateChart.Bar> bars = new ArrayList<>();
    for (RoundResponses round : rounds) {
      ChartWeek week = ChartWeek.numbered(round.weekNumber());
      Count offered = Count.of(round.offered());
      Count both = Count.of(round.bothIntroMe());
      rows.add(
          new ImpactTable.Row(
              week.monday(),
              List.of(offered, Count.of(round.introMe()), both, Count.of(round.notForMe()))));
      bars.add(new RateChart.Bar(week, both, offered));
    }
    String title = "Answers to the pairs each weekly round offered";
    String description =
        "For each round, the share of the pairs it offered in which both members said Intro me,"
            + " and so were introduced. Weeks with a count under 3 read <3 and have no bar. The"
            + " table of these figures also has the pairs where one member said Intro me, and"
            + " those where one said Not for me.";
    String svg =
        RateChart.svg(
            ID, title, description, "pairs where both said Intro me", "pairs offered", bars);
    ImpactTable table =
        new ImpactTable(
            ID,
            title,
            List.of(
                "Week beginning",
                "Pairs offered",
                "At least one said Intro me",
                "Both said Intro me",
                "At least one said Not for me"),
            rows,
            List.of(
                "A pair where one member said Intro me and the other Not for me counts in both.",
                Notes.FEWER_THAN_THREE));
    return new ImpactChart(svg, table);
  }
}
