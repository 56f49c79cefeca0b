package org.commonground.bot.core.impact;

import java.util.ArrayList;
import java.util.List;
import org.commonground.storage.impact.IntroductionLink;

/**
 * Heatmaps of a period's introductions, or meetings, between organisations and between sectors,
 * each with the table of its numbers: one row per pair of organisations with any, or per pair of
 * sectors.
 */
final class NetworkCharts {

  private final List<IntroductionLink> links;
  private final String period;
  private final Count unattributed;

  /**
   * @param period the period in words, "1 Sep 2026 to 31 Dec 2026"
   * @param unattributed introductions in the period no longer placed with an organisation
   */
  NetworkCharts(List<IntroductionLink> links, String period, int unattributed) {
    this.links = links;
    this.period = period;
    this.unattributed = Count.of(unattributed);
  }

  ImpactChart organisations(NetworkGrid.Measure measure) {
    NetworkGrid grid = NetworkGrid.organisations(links, measure);
    String id = "organisation-" + measure.words;
    String title = capitalised(measure) + " between organisations, " + period;
    String description =
        capitalised(measure)
            + " between members of "
            + grid.labels().size()
            + " organisations, "
            + period
            + ": a row and a column for each organisation, and in each cell the number between"
            + " the two. Counts under 3 read <3. The table of these figures lists every pair of"
            + " organisations with any.";
    List<String> notes = notes(measure);
    notes.add(0, "Pairs of organisations with none are not listed.");
    ImpactTable table =
        table(
            id,
            title,
            List.of("Organisation", "Organisation", capitalised(measure)),
            grid,
            false,
            notes);
    return new ImpactChart(
        Heatmap.svg(id, title, description, measure.words, false, grid.labels(), grid.cells()),
        table);
  }

  ImpactChart sectors(NetworkGrid.Measure measure) {
    NetworkGrid grid = NetworkGrid.sectors(links, measure);
    String id = "sector-" + measure.words;
    String title = capitalised(measure) + " between sectors, " + period;
    String description =
        capitalised(measure)
            + " between members of each two sectors, "
            + period
            + ". Counts under 3 read <3; a cell that would let such a count between organisations"
            + " be worked out is withheld. The table of these figures has every pair of sectors.";
    List<String> notes = notes(measure);
    notes.add(
        Count.WITHHELD
            + ": withheld, since counts between organisations shown as "
            + Count.FEWER_THAN_THREE
            + " could be worked out from it.");
    ImpactTable table =
        table(id, title, List.of("Sector", "Sector", capitalised(measure)), grid, true, notes);
    return new ImpactChart(
        Heatmap.svg(id, title, description, measure.words, true, grid.labels(), grid.cells()),
        table);
  }

  private List<String> notes(NetworkGrid.Measure measure) {
    List<String> notes = new ArrayList<>();
    if (measure == NetworkGrid.Measure.MEETINGS) {
      notes.add("Meetings: introductions made in the period whose members said they met.");
    }
    notes.add("Organisations and sectors are the members' own today.");
    notes.add(Notes.FEWER_THAN_THREE);
    if (!unattributed.isZero()) {
      notes.add(
          "Not counted here: "
              + unattributed.text()
              + " introductions of the period one of whose members has since deleted their"
              + " profile, or whose round is old enough to have been anonymised.");
    }
    return notes;
  }

  /** The grid's upper half, one row per pair; pairs with none only when {@code withNone}. */
  private static ImpactTable table(
      String id,
      String caption,
      List<String> columns,
      NetworkGrid grid,
      boolean withNone,
      List<String> notes) {
    List<ImpactTable.Row> rows = new ArrayList<>();
    List<String> labels = grid.labels();
    for (int i = 0; i < labels.size(); i++) {
      for (int j = i; j < labels.size(); j++) {
        Count count = grid.cells().get(i).get(j);
        if (withNone || !count.isZero()) {
          rows.add(new ImpactTable.Row(labels.get(i), List.of(new Label(labels.get(j)), count)));
        }
      }
    }
    return new ImpactTable(id, caption, columns, rows, notes);
  }

  private static String capitalised(NetworkGrid.Measure measure) {
    return Character.toUpperCase(measure.words.charAt(0)) + measure.words.substring(1);
  }
}
