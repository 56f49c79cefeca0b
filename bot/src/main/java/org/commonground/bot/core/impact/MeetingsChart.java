package org.commonground.bot.core.impact;

import java.util.ArrayList;
import java.util.List;
import org.commonground.storage.impact.WeekMeetings;

/** What became of each week's introductions, from the members' answers to "Did you meet?". */
final class MeetingsChart {

  static final String ID = "meetings";

  private MeetingsChart() {}

  static ImpactChart of(List<WeekMeetings> weeks) {
    List<ImpactTable.Row> rows = new ArrayList<>();
    List<RateChart.Bar> bars = new ArrayList<>();
    for (WeekMeetings week : weeks) {
      ChartWeek chartWeek = ChartWeek.numbered(week.weekNumber());
      List<Count> counts =
          Breakdown.withTotal(week.met(), week.notYet(), week.didNotMeet(), week.noAnswer());
      rows.add(new ImpactTable.Row(chartWeek.monday(), List.copyOf(counts)));
      bars.add(new RateChart.Bar(chartWeek, counts.get(1), counts.get(0)));
    }
    String title = "Introductions that led to a meeting, week by week";
    String description =
        "For each week, the share of the introductions made from it (its round's pairs who both"
            + " said Intro me, and warm introductions agreed that week) whose members said they"
            + " met. Weeks with a count under 3, or withheld so that one can't be worked out, have no"
            + " bar. The table of these figures has every answer.";
    String svg =
        RateChart.svg(ID, title, description, "introductions met", "introductions in all", bars);
    ImpactTable table =
        new ImpactTable(
            ID,
            title,
            List.of(
                "Week beginning", "Introduced", "Met", "Not yet", "Didn't meet", "No answer yet"),
            rows,
            List.of(
                "Each introduction counts once: met when either member said yes, didn't meet when"
                    + " one said no and neither yes, not yet when the only answers are \"not yet\".",
                Notes.FEWER_THAN_THREE,
                Notes.WITHHELD));
    return new ImpactChart(svg, table);
  }
}
