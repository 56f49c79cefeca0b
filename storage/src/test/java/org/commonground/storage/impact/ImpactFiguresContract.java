package org.commonground.storage.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.storage.organisations.Sector.LOCAL_AUTHORITY;
import static org.commonground.storage.organisations.Sector.NHS_HEALTH;
import static org.commonground.storage.organisations.Sector.VCFSE;
import static org.commonground.storage.testing.ImpactNetwork.pair;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.commonground.storage.members.MemberStatus;
import org.commonground.storage.organisations.Organisation;
import org.commonground.storage.rounds.Answer;
import org.commonground.storage.rounds.Eligibility;
import org.commonground.storage.rounds.Headcount;
import org.commonground.storage.rounds.MeetingAnswer;
import org.commonground.storage.tags.TagCatalogue;
import org.commonground.storage.testing.ImpactNetwork;
import org.commonground.storage.testing.MutableClock;
import org.commonground.storage.testing.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The impact figures, counted from stored rows; run on H2 and on PostgreSQL by the subclasses. */
abstract class ImpactFiguresContract {

  private static final Instant TERM_START = Instant.parse("2026-09-01T00:00:00Z");
  private static final Instant TERM_END = Instant.parse("2027-01-01T00:00:00Z");

  @RegisterExtension final TestDatabase db = newDatabase();

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
  private Jdbi jdbi;
  private ImpactNetwork network;
  private ImpactFigures figures;

  abstract TestDatabase newDatabase();

  @BeforeEach
  void open() {
    jdbi = db.database().jdbi();
    network = new ImpactNetwork(jdbi, clock);
    figures = new ImpactFigures(jdbi);
  }

  @Test
  void participationIsTheLastRoundsOldestFirstAndUnknownWhereNotRecorded() {
    network.roundWithoutHeadcount(100, 9, 8);
    network.roundWithoutHeadcount(101, 10, 8);
    network.round(102, new Headcount(14, 3));

    List<RoundParticipation> participation = figures.weekly(2).participation();

    assertThat(participation)
        .containsExactly(
            new RoundParticipation("W101", 101, 10, 8, OptionalInt.empty(), OptionalInt.empty()),
            new RoundParticipation("W102", 102, 0, 0, OptionalInt.of(14), OptionalInt.of(3)));
  }

  @Test
  void theHeadcountIsOfMembersNotDeactivatedAndThoseOfThemPausedThatDay() {
    network.member("Sefton Council", LOCAL_AUTHORITY);
    network.member("Sefton Council", LOCAL_AUTHORITY);
    long paused = network.member("Open Door", VCFSE);
    long pausedAndGone = network.member("Open Door", VCFSE);
    long pausedUntilYesterday = network.member("Kindred", VCFSE);
    MemberStatus status = new MemberStatus(jdbi);
    LocalDate monday = LocalDate.of(2026, 11, 23);
    status.setPausedUntil(network.userId(paused), monday, clock.instant());
    status.setPausedUntil(network.userId(pausedAndGone), monday.plusWeeks(2), clock.instant());
    status.setPausedUntil(
        network.userId(pausedUntilYesterday), monday.minusDays(1), clock.instant());
    status.updateFromSlack(network.userId(pausedAndGone), true, null, null);

    assertThat(new Eligibility(jdbi, () -> "v1").headcountOn(monday))
        .isEqualTo(new Headcount(4, 1));
  }

  @Test
  void responsesCountEachPairByWhatEitherMemberSaid() {
    long[] m = members(8);
    List<Long> pairs =
        network.round(
            200,
            new Headcount(8, 0),
            pair(m[0], m[1]),
            pair(m[2], m[3]),
            pair(m[4], m[5]),
            pair(m[6], m[7]));
    network.answer(pairs.get(0), m[0], Answer.INTRO_ME);
    network.answer(pairs.get(0), m[1], Answer.INTRO_ME);
    network.answer(pairs.get(1), m[2], Answer.INTRO_ME);
    network.answer(pairs.get(1), m[3], Answer.NOT_FOR_ME);
    network.answer(pairs.get(2), m[5], Answer.NOT_FOR_ME);
    network.round(201, new Headcount(8, 0));

    assertThat(figures.weekly(26).responses())
        .containsExactly(
            new RoundResponses("W200", 200, 4, 2, 1, 2),
            new RoundResponses("W201", 201, 0, 0, 0, 0));
  }

  @Test
  void meetingsCountEachIntroductionOnceAndKeepTheAnswersOfThoseWhoLeft() {
    long[] m = members(12);
    List<Long> pairs =
        network.round(
            300,
            new Headcount(12, 0),
            pair(m[0], m[1]),
            pair(m[2], m[3]),
            pair(m[4], m[5]),
            pair(m[6], m[7]),
            pair(m[8], m[9]));
    pairs.forEach(pair -> network.introduce(pair, clock.instant()));
    network.said(pairs.get(0), m[0], MeetingAnswer.YES);
    network.said(pairs.get(0), m[1], MeetingAnswer.NO);
    network.said(pairs.get(1), m[2], MeetingAnswer.NOT_YET);
    network.said(pairs.get(2), m[4], MeetingAnswer.NO);
    network.said(pairs.get(2), m[5], MeetingAnswer.NOT_YET);
    network.asked(pairs.get(3), m[6]);
    network.said(pairs.get(4), m[9], MeetingAnswer.YES);
    network.erase(m[9]);
    long warm = network.warmIntroduction(m[10], m[11], 300, clock.instant());
    network.said(warm, m[10], MeetingAnswer.YES);
    network.warmIntroduction(m[10], m[11], 299, clock.instant());

    assertThat(figures.weekly(26).meetings())
        .containsExactly(new WeekMeetings("W300", 300, 6, 3, 1, 1, 1));
  }

  @Test
  void introductionsInThePeriodAreCountedBetweenOrganisationsAndSectors() {
    long sefton = network.member("Sefton Council", LOCAL_AUTHORITY);
    long seftonToo = network.member("Sefton Council", LOCAL_AUTHORITY);
    long openDoor = network.member("Open Door", VCFSE);
    long openDoorToo = network.member("Open Door", VCFSE);
    long icb = network.member("Cheshire and Merseyside ICB", NHS_HEALTH);
    long leaver = network.member("Kindred", VCFSE);
    List<Long> pairs =
        network.round(
            400,
            new Headcount(6, 0),
            pair(openDoor, sefton),
            pair(seftonToo, openDoorToo),
            pair(icb, leaver));
    Instant inTerm = Instant.parse("2026-11-24T10:00:00Z");
    pairs.forEach(pair -> network.introduce(pair, inTerm));
    network.said(pairs.get(0), openDoor, MeetingAnswer.YES);
    network.said(pairs.get(1), seftonToo, MeetingAnswer.NOT_YET);
    network.erase(leaver);
    long lastTerm = network.warmIntroduction(sefton, icb, 350, TERM_START.minusSeconds(1));
    network.said(lastTerm, icb, MeetingAnswer.YES);

    ImpactFigures.Period period = figures.period(TERM_START, TERM_END);

    long seftonOrganisation = organisationOf("Sefton Council");
    long openDoorOrganisation = organisationOf("Open Door");
    assertThat(seftonOrganisation).isLessThan(openDoorOrganisation);
    assertThat(period.links())
        .containsExactly(
            new IntroductionLink(
                seftonOrganisation,
                "Sefton Council",
                LOCAL_AUTHORITY,
                openDoorOrganisation,
                "Open Door",
                VCFSE,
                2,
                1));
    assertThat(period.unattributed()).isEqualTo(1);
  }

  @Test
  void organisationsWithMembersButNoIntroductionAcrossSectorsInThePeriodAreListed() {
    long sefton = network.member("Sefton Council", LOCAL_AUTHORITY);
    long wirral = network.member("Wirral Council", LOCAL_AUTHORITY);
    long openDoor = network.member("Open Door", VCFSE);
    long icb = network.member("Cheshire and Merseyside ICB", NHS_HEALTH);
    long gone = network.member("Juno", VCFSE);
    new MemberStatus(jdbi).updateFromSlack(network.userId(gone), true, null, null);
    List<Long> pairs =
        network.round(500, new Headcount(5, 0), pair(sefton, wirral), pair(openDoor, icb));
    network.introduce(pairs.get(0), Instant.parse("2026-10-05T10:00:00Z"));
    network.introduce(pairs.get(1), Instant.parse("2026-10-05T10:00:00Z"));
    network.warmIntroduction(sefton, icb, 480, TERM_START.minus(Duration.ofDays(30)));

    assertThat(figures.period(TERM_START, TERM_END).withoutCrossSectorIntroduction())
        .extracting(Organisation::name)
        .containsExactly("Sefton Council", "Wirral Council");
  }

  @Test
  void challengesShowTheirHoldersBySectorAndTheIntroductionsThatSharedThem() {
    TagCatalogue tags = new TagCatalogue(jdbi, clock);
    int one = tags.findById(1).orElseThrow().id();
    int eleven = tags.findById(11).orElseThrow().id();
    int merged = tags.findById(12).orElseThrow().id();
    long a = network.member("Sefton Council", LOCAL_AUTHORITY, one, eleven);
    long b = network.member("Open Door", VCFSE, one, merged);
    long c = network.member("Kindred", VCFSE, one);
    long gone = network.member("Juno", NHS_HEALTH, one);
    new MemberStatus(jdbi).updateFromSlack(network.userId(gone), true, null, null);
    List<Long> pairs = network.round(600, new Headcount(4, 0), pair(a, b, eleven, merged));
    network.introduce(pairs.get(0), Instant.parse("2026-10-05T10:00:00Z"));
    network.warmIntroduction(a, c, 590, TERM_START.minusSeconds(60), one);
    tags.merge("U0ADMIN", merged, eleven);

    List<ChallengeReach> challenges = figures.period(TERM_START, TERM_END).challenges();

    assertThat(challenges).extracting(ChallengeReach::tagId).doesNotContain(merged);
    assertThat(challenges)
        .filteredOn(r -> r.tagId() == one)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.holdersBySector()).isEqualTo(Map.of(LOCAL_AUTHORITY, 1, VCFSE, 2));
              assertThat(r.introductions()).isZero();
            });
    assertThat(challenges)
        .filteredOn(r -> r.tagId() == eleven)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.holdersBySector()).isEqualTo(Map.of(LOCAL_AUTHORITY, 1, VCFSE, 1));
              assertThat(r.introductions()).isEqualTo(1);
            });
    assertThat(challenges)
        .filteredOn(r -> r.tagId() != one && r.tagId() != eleven)
        .allSatisfy(r -> assertThat(r.holdersBySector()).isEmpty());
  }

  private long[] members(int count) {
    long[] ids = new long[count];
    for (int i = 0; i < count; i++) {
      ids[i] = network.member("Organisation " + i, LOCAL_AUTHORITY);
    }
    return ids;
  }

  private long organisationOf(String name) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT id FROM organisation WHERE name = :name")
                .bind("name", name)
                .mapTo(Long.class)
                .one());
  }
}
