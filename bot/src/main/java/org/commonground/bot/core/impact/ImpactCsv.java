package org.commonground.bot.core.impact;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A table as CSV for spreadsheets: its headings, then its rows, each count already suppressed as in
 * the table. A spreadsheet runs a cell that starts with {@code =}, {@code +}, {@code -} or
 * {@code @} (or a tab or carriage return, which some read past) as a formula, and names are
 * people's own text, so such a cell is written with a leading {@code '} that makes it plain text.
 */
public final class ImpactCsv {

  private static final String FORMULA_STARTS = "=+-@\t\r";

  private ImpactCsv() {}

  public static String of(ImpactTable table) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
      csv.printRecord(table.columns().stream().map(ImpactCsv::plain).toList());
      for (ImpactTable.Row row : table.rows()) {
        List<String> cells = new ArrayList<>();
        cells.add(plain(row.heading()));
        row.cells().forEach(cell -> cells.add(plain(cell.text())));
        csv.printRecord(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** {@code text}, made inert if a spreadsheet would take it for a formula. */
  static String plain(String text) {
    return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }
}
