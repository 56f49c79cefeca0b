package org.commonground.bot.core.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.storage.organisations.Sector.LOCAL_AUTHORITY;
import static org.commonground.storage.organisations.Sector.VCFSE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.commonground.bot.core.rounds.Week;
import org.commonground.storage.impact.IntroductionLink;
import org.commonground.storage.impact.RoundParticipation;
import org.commonground.storage.impact.RoundResponses;
import org.commonground.storage.impact.WeekMeetings;
import org.commonground.storage.organisations.Sector;
import org.junit.jupiter.api.Test;

/**
 * Every chart is a well-formed, accessible SVG image that names what it shows, escapes the names
 * people typed, and stays legible with the longest data: 26 weeks, 40 organisations of 120
 * characters.
 */
class ChartsTest {

  private static final long FIRST_WEEK = Week.containing(LocalDate.of(2026, 6, 1)).number();
  private static final String HOSTILE = "<script>alert(\"x\")</script> & 'Sons' ]]> <!-- \u0001";
  private static final String PERIOD = "1 Sep 2026 to 31 Dec 2026";

  @Test
  void namesPeopleTypedAreEscapedAndReadBackAsTyped() {
    ImpactChart chart =
        new NetworkCharts(List.of(link(1, HOSTILE, 2, "Open Door", 7)), PERIOD, 0)
            .organisations(NetworkGrid.Measure.INTRODUCTIONS);

    assertThat(chart.svg()).doesNotContain("<script", "<!--", "]]>", "\u0001");
    ParsedSvg svg = ParsedSvg.of(chart.svg()).isAnAccessibleImage();
    String asTyped = HOSTILE.replace("\u0001", "");
    assertThat(svg.texts("title")).contains(asTyped, asTyped + " and Open Door: 7 introductions");
    assertThat(svg.texts("text")).contains(ShortLabel.of(asTyped, 30), "7");
  }

  @Test
  void fortyOrganisationsOfTheLongestNamesAreCutToFitAndNamedInFull() {
    List<String> names =
        IntStream.range(0, 40)
            .mapToObj(i -> String.format("%02d", i) + " " + "&<Ünïted Trust 🌍 ".repeat(8))
            .map(name -> name.substring(0, 120))
            .toList();
    List<IntroductionLink> links = new ArrayList<>();
    for (int i = 0; i + 1 < names.size(); i++) {
      links.add(link(i, names.get(i), i + 1, names.get(i + 1), 3 + i));
    }

    ImpactChart chart =
        new NetworkCharts(links, PERIOD, 0).organisations(NetworkGrid.Measure.INTRODUCTIONS);

    ParsedSvg svg = ParsedSvg.of(chart.svg()).isAnAccessibleImage();
    List<String> labels = svg.texts("text");
    for (String name : names) {
      assertThat(svg.texts("title")).contains(name);
      assertThat(labels).contains(ShortLabel.of(name, 30));
    }
    assertThat(labels)
        .filteredOn(label -> label.startsWith("07 "))
        .allSatisfy(label -> assertThat(label).hasSizeLessThanOrEqualTo(31).endsWith("…"));
    assertThat(Double.parseDouble(svg.root().getAttribute("width"))).isLessThan(1400);
    assertThat(chart.table().rows()).hasSize(39);
  }

  @Test
  void aNameIsNeverCutInsideAnEmoji() {
    String name = "🌍".repeat(40);

    assertThat(ShortLabel.of(name, 30)).isEqualTo("🌍".repeat(29) + "…");
    assertThat(ShortLabel.of("Open Door", 30)).isEqualTo("Open Door");
  }

  @Test
  void weeklyChartsCoverTwentySixWeeksAndSayWhatTheyShow() {
    List<RoundParticipation> participation = new ArrayList<>();
    List<RoundResponses> responses = new ArrayList<>();
    List<WeekMeetings> meetings = new ArrayList<>();
    for (int w = 0; w < 26; w++) {
      long week = FIRST_WEEK + w;
      OptionalInt members = w < 10 ? OptionalInt.empty() : OptionalInt.of(400 + w);
      participation.add(
          new RoundParticipation("W", week, 300 + w, 280, members, OptionalInt.of(20)));
      responses.add(new RoundResponses("W", week, 140, 100, 70, 12));
      meetings.add(new WeekMeetings("W", week, 70, 35, 10, 5, 20));
    }

    WeeklyImpact weekly =
        new WeeklyImpact(
            ParticipationChart.of(participation),
            IntroMeChart.of(responses),
            MeetingsChart.of(meetings));

    ParsedSvg line = ParsedSvg.of(weekly.participation().svg()).isAnAccessibleImage();
    assertThat(line.texts("desc").get(0))
        .contains(
            "from the week of 1 Jun 2026 to the week of 23 Nov 2026",
            "members 425, eligible 325, matched 280, paused 20");
    assertThat(line.texts("text")).contains("1 Jun", "23 Nov", "Members 425", "Paused 20");
    assertThat(weekly.participation().table().rows().get(0).cells().get(0).text()).isEqualTo("[x]");
    assertThat(weekly.participation().table().notes()).anyMatch(n -> n.startsWith("[x]"));
    ParsedSvg introMe = ParsedSvg.of(weekly.introMe().svg()).isAnAccessibleImage();
    assertThat(introMe.texts("text")).filteredOn("50%"::equals).hasSize(26);
    ParsedSvg met = ParsedSvg.of(weekly.meetings().svg()).isAnAccessibleImage();
    assertThat(met.count("rect")).isEqualTo(26);
    assertThat(met.texts("title"))
        .contains("week of 23 Nov 2026: introductions met: 35; introductions in all: 70 (50%)");
    assertThat(weekly.meetings().table().rows().get(25).cells())
        .extracting(Cell::text)
        .containsExactly("70", "35", "10", "5", "20");
  }

  @Test
  void sectorHeatmapNamesEverySectorAndItsKey() {
    ImpactChart chart =
        new NetworkCharts(List.of(link(1, "Sefton Council", 2, "Open Door", 12)), PERIOD, 0)
            .sectors(NetworkGrid.Measure.INTRODUCTIONS);

    ParsedSvg svg = ParsedSvg.of(chart.svg()).isAnAccessibleImage();
    for (Sector sector : Sector.values()) {
      assertThat(svg.texts("text")).contains(sector.label());
    }
    assertThat(svg.texts("title"))
        .contains(
            "Local authority and Voluntary & community (VCFSE): 12 introductions",
            "Voluntary & community (VCFSE) and Local authority: 12 introductions");
    assertThat(svg.texts("text"))
        .contains("Key:", "0", "12", "<3 fewer than 3, [c] withheld: not shown");
    assertThat(chart.table().rows()).hasSize(36);
  }

  @Test
  void anEmptyPeriodSaysSo() {
    ImpactChart chart =
        new NetworkCharts(List.of(), PERIOD, 0).organisations(NetworkGrid.Measure.MEETINGS);

    assertThat(ParsedSvg.of(chart.svg()).isAnAccessibleImage().texts("text"))
        .containsExactly("Nothing to show in this period.");
    assertThat(chart.table().rows()).isEmpty();
  }

  private static IntroductionLink link(
      long first, String firstName, long second, String secondName, int introduced) {
    return new IntroductionLink(
        first, firstName, LOCAL_AUTHORITY, second, secondName, VCFSE, introduced, 0);
  }
}
