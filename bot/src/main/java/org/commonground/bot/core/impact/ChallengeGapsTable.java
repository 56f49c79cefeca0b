package org.commonground.bot.core.impact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.commonground.storage.impact.ChallengeReach;
import org.commonground.storage.organisations.Sector;

/**
 * Every active challenge with its holders in each sector and the period's introductions over it,
 * flagging where the network is thin: no holder from the voluntary sector, the NHS or a local
 * authority, or holders who were never introduced over it.
 */
final class ChallengeGapsTable {

  static final String ID = "challenge-gaps";

  /** The sectors whose absence from a challenge is flagged: the network's three pillars. */
  private static final List<Sector> FLAGGED =
      List.of(Sector.VCFSE, Sector.NHS_HEALTH, Sector.LOCAL_AUTHORITY);

  private ChallengeGapsTable() {}

  static ImpactTable of(List<ChallengeReach> challenges, String period) {
    List<String> columns = new ArrayList<>(List.of("Challenge"));
    Arrays.stream(Sector.values()).forEach(s -> columns.add(s.label()));
    columns.addAll(List.of("All holders", "Introductions", "Gaps"));
    List<ImpactTable.Row> rows = new ArrayList<>();
    for (ChallengeReach challenge : challenges) {
      int[] holders = Arrays.stream(Sector.values()).mapToInt(challenge::holders).toArray();
      List<Count> counts = Breakdown.withTotal(holders);
      List<Cell> cells = new ArrayList<>(counts.subList(1, counts.size()));
      cells.add(counts.get(0));
      cells.add(Count.of(challenge.introductions()));
      cells.add(new Label(gaps(challenge, Arrays.stream(holders).sum())));
      rows.add(new ImpactTable.Row(challenge.name(), cells));
    }
    return new ImpactTable(
        ID,
        "Challenges: who holds them, and introductions over them, " + period,
        columns,
        rows,
        List.of(
            "Holders: members today with the challenge among theirs. Introductions: pairs"
                + " introduced in the period who shared it.",
            Notes.FEWER_THAN_THREE,
            Notes.WITHHELD));
  }

  /**
   * The challenge's gaps in words. A challenge of 1 or 2 holders says only that: naming the sectors
   * it lacks would tell which of its "&lt;3" cells are empty.
   */
  private static String gaps(ChallengeReach challenge, int holders) {
    if (holders == 0) {
      return "No holders";
    }
    if (Count.of(holders).suppressed()) {
      return "Fewer than 3 holders";
    }
    List<String> gaps = new ArrayList<>();
    for (Sector sector : FLAGGED) {
      if (challenge.holders(sector) == 0) {
        gaps.add("No " + sector.label() + " holder");
      }
    }
    if (challenge.introductions() == 0) {
      gaps.add("No introductions");
    }
    return String.join("; ", gaps);
  }
}
