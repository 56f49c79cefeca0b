package org.commonground.bot.core.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** A table's CSV opens in a spreadsheet as the table reads, and runs nothing. */
class ImpactCsvTest {

  @Test
  void cellsASpreadsheetWouldRunAsFormulasAreWrittenAsText() throws IOException {
    ImpactTable table =
        new ImpactTable(
            "organisations",
            "Organisations",
            List.of("Organisation", "=Sector"),
            List.of(
                row("=HYPERLINK(\"http://evil\",\"x\")", "+cmd"),
                row("-2+3", "@SUM(A1)"),
                row("\tTabbed", "\rReturned"),
                row("Open Door, \"Liverpool\"", "Voluntary & community (VCFSE)")),
            List.of());

    List<CSVRecord> records = parse(ImpactCsv.of(table));

    assertThat(records.get(0).toList()).containsExactly("Organisation", "'=Sector");
    assertThat(records.get(1).toList())
        .containsExactly("'=HYPERLINK(\"http://evil\",\"x\")", "'+cmd");
    assertThat(records.get(2).toList()).containsExactly("'-2+3", "'@SUM(A1)");
    assertThat(records.get(3).toList()).containsExactly("'\tTabbed", "'\rReturned");
    assertThat(records.get(4).toList())
        .containsExactly("Open Door, \"Liverpool\"", "Voluntary & community (VCFSE)");
  }

  @Test
  void countsAreWrittenAsTheTableShowsThem() throws IOException {
    ImpactTable table =
        new ImpactTable(
            "meetings",
            "Meetings",
            List.of("Week beginning", "Introduced", "Met"),
            List.of(new ImpactTable.Row("23 Nov 2026", List.of(Count.withheld(12), Count.of(2)))),
            List.of("A note that stays with the page"));

    String csv = ImpactCsv.of(table);

    assertThat(parse(csv).get(1).toList()).containsExactly("23 Nov 2026", "[c]", "<3");
    assertThat(csv).doesNotContain("12", "note");
  }

  private static ImpactTable.Row row(String heading, String cell) {
    return new ImpactTable.Row(heading, List.of(new Label(cell)));
  }

  private static List<CSVRecord> parse(String csv) throws IOException {
    return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
  }
}
