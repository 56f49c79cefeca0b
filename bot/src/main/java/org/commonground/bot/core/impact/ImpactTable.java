package org.commonground.bot.core.impact;

import java.util.List;

/**
 * The numbers behind a chart, or a figure of their own, ready to show: every count already
 * suppressed. {@code columns} head every column, the rows' heading column first; {@code notes}
 * explain the table's marks and what it leaves out. {@code id} names it in page anchors and file
 * names ({@code participation.csv}).
 */
public record ImpactTable(
    String id, String caption, List<String> columns, List<Row> rows, List<String> notes) {

  /** A row: its heading (a week, an organisation, a challenge) and a cell under each column. */
  public record Row(String heading, List<Cell> cells) {

    public Row {
      cells = List.copyOf(cells);
    }
  }

  public ImpactTable {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    notes = List.copyOf(notes);
    for (Row row : rows) {
      if (row.cells().size() != columns.size() - 1) {
        throw new IllegalArgumentException(
            "Row " + row.heading() + " has " + row.cells().size() + " cells for " + columns);
      }
    }
  }
}
