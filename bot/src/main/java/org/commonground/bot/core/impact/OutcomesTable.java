package org.commonground.bot.core.impact;

import java.util.ArrayList;
import java.util.List;
import org.commonground.bot.core.meetings.Outcomes;

/** What came of meetings, by kind, with the total suppressed as {@link Breakdown} says. */
public final class OutcomesTable {

  static final String ID = "outcomes";

  private OutcomesTable() {}

  public static ImpactTable of(Outcomes.OutcomeCounts counts, String period) {
    int[] parts = counts.kinds().stream().mapToInt(Outcomes.OutcomeCount::count).toArray();
    List<Count> published = Breakdown.withTotal(parts);
    List<ImpactTable.Row> rows = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      rows.add(
          new ImpactTable.Row(counts.kinds().get(i).label(), List.<Cell>of(published.get(i + 1))));
    }
    rows.add(new ImpactTable.Row("All answers", List.<Cell>of(published.get(0))));
    return new ImpactTable(
        ID,
        "What came of meetings, " + period,
        List.of("What came of it", "Members"),
        rows,
        List.of(
            "Each member who said they met is asked once; each answer counts once.",
            Notes.FEWER_THAN_THREE,
            Notes.WITHHELD));
  }
}
