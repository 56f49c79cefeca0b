package org.commonground.bot.core.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.storage.organisations.Sector.LOCAL_AUTHORITY;
import static org.commonground.storage.organisations.Sector.NHS_HEALTH;
import static org.commonground.storage.organisations.Sector.VCFSE;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.commonground.bot.core.rounds.Week;
import org.commonground.storage.impact.ChallengeReach;
import org.commonground.storage.impact.IntroductionLink;
import org.commonground.storage.impact.RoundParticipation;
import org.commonground.storage.impact.RoundResponses;
import org.commonground.storage.impact.WeekMeetings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every chart and table drawn from a figure of 1 is exactly the one drawn from 2: the cell reads
 * "&lt;3", and the number is nowhere in the SVG or the CSV, in a label, a tooltip, a bar or a
 * shade.
 */
class SuppressedFiguresTest {

  /** A 1 or a 2 standing alone, as a number a reader would take for a count. */
  private static final Pattern ONE_OR_TWO = Pattern.compile("(?<![\\d.,])[12](?![\\d.,])");

  private static final long WEEK = Week.containing(LocalDate.of(2026, 11, 23)).number();
  private static final String PERIOD = "5 Oct 2026 to 30 Nov 2026";

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void participation(int few) {
    IntFunction<ImpactChart> chart =
        paused ->
            ParticipationChart.of(
                List.of(
                    round(WEEK, 40, 30, 20, OptionalInt.of(paused)),
                    round(WEEK + 1, 41, 31, 24, OptionalInt.of(5)),
                    round(WEEK + 2, 43, 33, 26, OptionalInt.of(paused))));

    assertSameAndHidden(chart.apply(few), chart.apply(3 - few));
    assertThat(ImpactCsv.of(chart.apply(few).table())).contains(",<3\r\n");
    assertThat(visible(chart.apply(few))).contains("<3", "Paused <3");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void introMe(int few) {
    IntFunction<ImpactChart> chart =
        both -> IntroMeChart.of(List.of(new RoundResponses("W", WEEK, 40, 30, both, 10)));

    assertSameAndHidden(chart.apply(few), chart.apply(3 - few));
    assertThat(ImpactCsv.of(chart.apply(few).table())).endsWith(",40,30,<3,10\r\n");
    assertThat(visible(chart.apply(few))).contains("<3");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void meetingsWithholdTheTotalThatWouldGiveTheSmallCountAway(int few) {
    IntFunction<ImpactChart> chart =
        met -> MeetingsChart.of(List.of(new WeekMeetings("W", WEEK, 30 + met, met, 0, 0, 30)));

    assertSameAndHidden(chart.apply(few), chart.apply(3 - few));
    assertThat(chart.apply(few).table().rows().get(0).cells())
        .extracting(Cell::text)
        .containsExactly("[c]", "<3", "0", "0", "30");
    assertThat(visible(chart.apply(few))).contains("<3");
    assertThat(ParsedSvg.of(chart.apply(few).svg()).count("rect")).as("bars").isZero();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void organisationHeatmaps(int few) {
    IntFunction<NetworkCharts> charts = n -> new NetworkCharts(links(n), PERIOD, n);

    for (NetworkGrid.Measure measure : NetworkGrid.Measure.values()) {
      ImpactChart chart = charts.apply(few).organisations(measure);
      assertSameAndHidden(chart, charts.apply(3 - few).organisations(measure));
      assertThat(chart.table().rows())
          .extracting(
              r -> r.heading() + " – " + r.cells().get(0).text() + ": " + r.cells().get(1).text())
          .contains("Open Door – Sefton Council: <3");
      assertThat(visible(chart)).contains("<3");
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void sectorHeatmapsWithholdACellThatWouldGiveAnOrganisationsCountAway(int few) {
    IntFunction<NetworkCharts> charts = n -> new NetworkCharts(links(n), PERIOD, 0);

    for (NetworkGrid.Measure measure : NetworkGrid.Measure.values()) {
      ImpactChart chart = charts.apply(few).sectors(measure);
      assertSameAndHidden(chart, charts.apply(3 - few).sectors(measure));
      assertThat(chart.table().rows())
          .filteredOn(r -> r.heading().equals(LOCAL_AUTHORITY.label()))
          .filteredOn(r -> r.cells().get(0).text().equals(VCFSE.label()))
          .singleElement()
          .satisfies(r -> assertThat(r.cells().get(1).text()).isEqualTo("[c]"));
      assertThat(visible(chart)).contains("[c]");
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void challengeGaps(int few) {
    IntFunction<ImpactTable> table =
        n ->
            ChallengeGapsTable.of(
                List.of(
                    new ChallengeReach(
                        7, "Prevention", Map.of(LOCAL_AUTHORITY, n, VCFSE, 10, NHS_HEALTH, 5), n)),
                PERIOD);

    assertThat(ImpactCsv.of(table.apply(few))).isEqualTo(ImpactCsv.of(table.apply(3 - few)));
    assertThat(ImpactCsv.of(table.apply(few))).doesNotContainPattern(ONE_OR_TWO);
    assertThat(table.apply(few).rows().get(0).cells())
        .extracting(Cell::text)
        .containsExactly("<3", "5", "10", "0", "0", "0", "0", "0", "[c]", "<3", "");
  }

  private static void assertSameAndHidden(ImpactChart chart, ImpactChart other) {
    assertThat(chart.svg()).isEqualTo(other.svg());
    assertThat(ImpactCsv.of(chart.table())).isEqualTo(ImpactCsv.of(other.table()));
    assertThat(ImpactCsv.of(chart.table())).doesNotContainPattern(ONE_OR_TWO);
    assertThat(visible(chart)).noneMatch(text -> ONE_OR_TWO.matcher(text).find());
  }

  private static List<String> visible(ImpactChart chart) {
    return ParsedSvg.of(chart.svg()).isAnAccessibleImage().everythingReadable();
  }

  private static RoundParticipation round(
      long week, int members, int eligible, int matched, OptionalInt paused) {
    return new RoundParticipation("W", week, eligible, matched, OptionalInt.of(members), paused);
  }

  /**
   * Sefton Council met Open Door {@code few} times and Wirral Council 5 times; both councils are
   * local authorities and Open Door is voluntary, so the sector cell is their sum.
   */
  private static List<IntroductionLink> links(int few) {
    return List.of(
        new IntroductionLink(1, "Sefton Council", LOCAL_AUTHORITY, 3, "Open Door", VCFSE, few, few),
        new IntroductionLink(2, "Wirral Council", LOCAL_AUTHORITY, 3, "Open Door", VCFSE, 5, 4),
        new IntroductionLink(2, "Wirral Council", LOCAL_AUTHORITY, 4, "ICB", NHS_HEALTH, 6, 3));
  }
}
