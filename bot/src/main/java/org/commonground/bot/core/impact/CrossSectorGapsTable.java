package org.commonground.bot.core.impact;

import java.util.List;
import org.commonground.storage.organisations.Organisation;

/** Organisations with members none of whom was introduced to someone of another sector. */
final class CrossSectorGapsTable {

  static final String ID = "no-cross-sector-introduction";

  private CrossSectorGapsTable() {}

  static ImpactTable of(List<Organisation> organisations, String period) {
    List<ImpactTable.Row> rows =
        organisations.stream()
            .map(
                o ->
                    new ImpactTable.Row(
                        o.name(),
                        List.<Cell>of(
                            new Label(o.sector() == null ? "Not set" : o.sector().label()))))
            .toList();
    return new ImpactTable(
        ID,
        "Organisations with no introduction across sectors, " + period,
        List.of("Organisation", "Sector"),
        rows,
        List.of(
            "Organisations with at least one member, none of whom was introduced in the period to"
                + " a member of another sector."));
  }
}
