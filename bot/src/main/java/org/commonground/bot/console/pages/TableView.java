package org.commonground.bot.console.pages;

import java.util.List;
import org.commonground.bot.core.impact.Count;
import org.commonground.bot.core.impact.ImpactTable;

/**
 * An impact table as the page draws it: counts right-aligned, and the address of its CSV.
 *
 * @param download where the table's CSV is, with the page's period
 */
public record TableView(
    String id,
    String caption,
    List<String> columns,
    List<RowView> rows,
    List<String> notes,
    String download) {

  /** A row's heading and cells. */
  public record RowView(String heading, List<CellView> cells) {}

  /** A cell's text, and whether it is a number. */
  public record CellView(String text, boolean numeric) {}

  static TableView of(ImpactTable table, String download) {
    return new TableView(
        table.id(),
        table.caption(),
        table.columns(),
        table.rows().stream()
            .map(
                row ->
                    new RowView(
                        row.heading(),
                        row.cells().stream()
                            .map(cell -> new CellView(cell.text(), cell instanceof Count))
                            .toList()))
            .toList(),
        table.notes(),
        download);
  }
}
