package org.commonground.bot.core.impact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.commonground.storage.impact.IntroductionLink;
import org.commonground.storage.organisations.Sector;

/**
 * Introductions (or meetings) in a period between every two organisations, or every two sectors, as
 * a symmetric grid of published counts. The two grids count the same pairs, so a sector's cell
 * would give away organisations' cells of 1 or 2 that add up to it; it is checked against them by
 * {@link AggregateCount}.
 */
record NetworkGrid(List<String> labels, List<List<Count>> cells) {

  /** What a grid counts of each link. */
  enum Measure {
    INTRODUCTIONS("introductions", IntroductionLink::introduced),
    MEETINGS("meetings", IntroductionLink::met);

    final String words;
    final ToIntFunction<IntroductionLink> count;

    Measure(String words, ToIntFunction<IntroductionLink> count) {
      this.words = words;
      this.count = count;
    }
  }

  /** Two organisations' ids, the lower first. */
  private record OrganisationPair(long first, long second) {
    static OrganisationPair of(IntroductionLink link) {
      return new OrganisationPair(link.firstOrganisationId(), link.secondOrganisationId());
    }
  }

  /** Organisations that took part in any of {@code links}, in the order of their names. */
  static NetworkGrid organisations(List<IntroductionLink> links, Measure measure) {
    Map<Long, String> names = new HashMap<>();
    for (IntroductionLink link : links) {
      names.put(link.firstOrganisationId(), link.firstOrganisation());
      names.put(link.secondOrganisationId(), link.secondOrganisation());
    }
    List<Long> ids = new ArrayList<>(names.keySet());
    ids.sort(
        Comparator.comparing((Long id) -> names.get(id).toLowerCase(Locale.ROOT))
            .thenComparing(id -> id));
    Map<Long, Integer> index = new HashMap<>();
    ids.forEach(id -> index.put(id, index.size()));
    int[][] raw = new int[ids.size()][ids.size()];
    organisationTotals(links, measure)
        .forEach(
            (pair, value) -> {
              int i = index.get(pair.first());
              int j = index.get(pair.second());
              raw[i][j] = value;
              raw[j][i] = value;
            });
    List<List<Count>> cells = new ArrayList<>();
    for (int[] row : raw) {
      cells.add(Arrays.stream(row).mapToObj(Count::of).toList());
    }
    return new NetworkGrid(ids.stream().map(names::get).toList(), cells);
  }

  /** Two sectors, the earlier in {@link Sector}'s order first. */
  private record SectorPair(Sector first, Sector second) {
    static SectorPair of(Sector a, Sector b) {
      return a.compareTo(b) <= 0 ? new SectorPair(a, b) : new SectorPair(b, a);
    }
  }

  /** Every sector, in the order of {@link Sector}. */
  static NetworkGrid sectors(List<IntroductionLink> links, Measure measure) {
    // What each pair of organisations adds to each pair of sectors, to check the sectors' cells.
    Map<SectorPair, Map<OrganisationPair, Integer>> parts = new HashMap<>();
    for (IntroductionLink link : links) {
      int value = measure.count.applyAsInt(link);
      if (value > 0) {
        parts
            .computeIfAbsent(
                SectorPair.of(link.firstSector(), link.secondSector()), p -> new HashMap<>())
            .merge(OrganisationPair.of(link), value, Integer::sum);
      }
    }
    Map<OrganisationPair, Integer> organisations = organisationTotals(links, measure);
    List<List<Count>> cells = new ArrayList<>();
    for (Sector row : Sector.values()) {
      cells.add(
          Arrays.stream(Sector.values())
              .map(
                  column ->
                      sectorCell(
                          parts.getOrDefault(SectorPair.of(row, column), Map.of()), organisations))
              .toList());
    }
    return new NetworkGrid(Arrays.stream(Sector.values()).map(Sector::label).toList(), cells);
  }

  private static Count sectorCell(
      Map<OrganisationPair, Integer> parts, Map<OrganisationPair, Integer> organisations) {
    int value = parts.values().stream().mapToInt(Integer::intValue).sum();
    List<Integer> suppressed =
        parts.entrySet().stream()
            .filter(part -> Count.of(organisations.get(part.getKey())).suppressed())
            .map(Map.Entry::getValue)
            .toList();
    return AggregateCount.of(value, suppressed);
  }

  private static Map<OrganisationPair, Integer> organisationTotals(
      List<IntroductionLink> links, Measure measure) {
    Map<OrganisationPair, Integer> totals = new HashMap<>();
    for (IntroductionLink link : links) {
      totals.merge(OrganisationPair.of(link), measure.count.applyAsInt(link), Integer::sum);
    }
    return totals;
  }
}
