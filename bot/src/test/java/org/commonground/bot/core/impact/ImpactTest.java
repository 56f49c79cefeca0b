package org.commonground.bot.core.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.commonground.storage.organisations.Sector.LOCAL_AUTHORITY;
import static org.commonground.storage.organisations.Sector.NHS_HEALTH;
import static org.commonground.storage.organisations.Sector.VCFSE;
import static org.commonground.storage.testing.ImpactNetwork.pair;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.commonground.bot.core.rounds.Week;
import org.commonground.storage.Stores;
import org.commonground.storage.rounds.Headcount;
import org.commonground.storage.rounds.MeetingAnswer;
import org.commonground.storage.rounds.NewRound;
import org.commonground.storage.tags.TagCatalogue;
import org.commonground.storage.testing.ImpactNetwork;
import org.commonground.storage.testing.MutableClock;
import org.commonground.storage.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The console's figures, drawn from rows stored as the app stores them. */
class ImpactTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final LocalDate TERM_START = LocalDate.of(2026, 9, 1);
  private static final LocalDate TERM_END = LocalDate.of(2026, 12, 31);
  private static final Instant IN_TERM = Instant.parse("2026-10-05T10:00:00Z");

  @RegisterExtension final TestDatabase db = TestDatabase.h2();

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
  private final long week = Week.containing(LocalDate.of(2026, 10, 5)).number();
  private ImpactNetwork network;
  private Impact impact;
  private int prevention;

  @BeforeEach
  void open() {
    network = new ImpactNetwork(db.database().jdbi(), clock);
    impact = new Impact(new Stores(db.database(), clock), LONDON, clock);
    prevention =
        new TagCatalogue(db.database().jdbi(), clock).findByName("Prevention").orElseThrow().id();
  }

  /**
   * Sefton Council met Open Door three times, twice meeting; Cheshire and Merseyside ICB met Wirral
   * Council three times and Sefton once; Knowsley met only another council.
   */
  private void aTermOfIntroductions() {
    List<NewRound.NewPair> pairs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      long sefton = network.member("Sefton Council", LOCAL_AUTHORITY, prevention);
      long openDoor =
          network.member("Open Door", VCFSE, i == 0 ? new Integer[] {prevention} : new Integer[0]);
      pairs.add(pair(sefton, openDoor, prevention));
      pairs.add(
          pair(
              network.member("Wirral Council", LOCAL_AUTHORITY),
              network.member("Cheshire and Merseyside ICB", NHS_HEALTH)));
    }
    pairs.add(
        pair(
            network.member("Sefton Council", LOCAL_AUTHORITY),
            network.member("Cheshire and Merseyside ICB", NHS_HEALTH)));
    pairs.add(
        pair(
            network.member("Knowsley Council", LOCAL_AUTHORITY),
            network.member("Sefton Council", LOCAL_AUTHORITY)));
    List<Long> stored =
        network.round(week, new Headcount(16, 0), pairs.toArray(NewRound.NewPair[]::new));
    stored.forEach(pair -> network.introduce(pair, IN_TERM));
    network.said(stored.get(0), pairs.get(0).memberA(), MeetingAnswer.YES);
    network.said(stored.get(2), pairs.get(2).memberB(), MeetingAnswer.YES);
  }

  @Test
  void introductionsBetweenOrganisationsAreCountedFromStoredPairs() {
    aTermOfIntroductions();

    PeriodImpact term = impact.period(TERM_START, TERM_END);

    assertThat(term.period()).isEqualTo("1 Sep 2026 to 31 Dec 2026 (so far)");
    assertThat(pairs(term.organisationIntroductions().table()))
        .containsExactly(
            "Cheshire and Merseyside ICB – Sefton Council: <3",
            "Cheshire and Merseyside ICB – Wirral Council: 3",
            "Knowsley Council – Sefton Council: <3",
            "Open Door – Sefton Council: 3");
    assertThat(pairs(term.organisationMeetings().table()))
        .containsExactly("Open Door – Sefton Council: <3");
    ParsedSvg heatmap = ParsedSvg.of(term.organisationIntroductions().svg()).isAnAccessibleImage();
    assertThat(heatmap.texts("title"))
        .contains(
            "Open Door and Sefton Council: 3 introductions",
            "Cheshire and Merseyside ICB and Sefton Council: fewer than 3 introductions");
  }

  @Test
  void aSectorCellThatWouldGiveAnOrganisationsCountAwayIsWithheld() {
    aTermOfIntroductions();

    PeriodImpact term = impact.period(TERM_START, TERM_END);

    assertThat(pairs(term.sectorIntroductions().table()))
        .contains(
            "Local authority – Local authority: <3",
            "Local authority – NHS / health: [c]",
            "Local authority – Voluntary & community (VCFSE): 3",
            "NHS / health – Voluntary & community (VCFSE): 0");
  }

  @Test
  void organisationsWithoutAnIntroductionAcrossSectorsAndChallengeGapsAreListed() {
    aTermOfIntroductions();
    network.member("Plus Dane", org.commonground.storage.organisations.Sector.HOUSING);

    PeriodImpact term = impact.period(TERM_START, TERM_END);

    assertThat(term.withoutCrossSectorIntroduction().rows())
        .extracting(r -> r.heading() + ": " + r.cells().get(0).text())
        .containsExactly("Knowsley Council: Local authority", "Plus Dane: Housing");
    ImpactTable.Row gaps =
        term.challengeGaps().rows().stream()
            .filter(r -> r.heading().equals("Prevention"))
            .findFirst()
            .orElseThrow();
    assertThat(gaps.cells())
        .extracting(Cell::text)
        .containsExactly(
            "3", "0", "<3", "0", "0", "0", "0", "0", "[c]", "3", "No NHS / health holder");
    assertThat(term.challengeGaps().rows())
        .filteredOn(r -> r.heading().equals("Mental health"))
        .singleElement()
        .satisfies(
            r -> assertThat(r.cells().get(r.cells().size() - 1).text()).isEqualTo("No holders"));
  }

  @Test
  void weeksBeforeMembersWereRecordedReadNotRecorded() {
    network.roundWithoutHeadcount(week - 1, 10, 8);
    network.round(week, new Headcount(14, 3));

    ImpactTable participation = impact.weekly().participation().table();

    assertThat(participation.rows())
        .extracting(r -> r.heading() + ": " + r.cells().stream().map(Cell::text).toList())
        .containsExactly("28 Sep 2026: [[x], 10, 8, [x]]", "5 Oct 2026: [14, 0, 0, 3]");
  }

  @Test
  void aPeriodMustNotEndBeforeItStarts() {
    assertThatThrownBy(() -> impact.period(TERM_END, TERM_START))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static List<String> pairs(ImpactTable table) {
    return table.rows().stream()
        .map(r -> r.heading() + " – " + r.cells().get(0).text() + ": " + r.cells().get(1).text())
        .toList();
  }
}
