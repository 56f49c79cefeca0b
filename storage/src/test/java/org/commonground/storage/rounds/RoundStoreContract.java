package org.commonground.storage.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.commonground.storage.members.OrganisationChoice;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.tags.TagRepository;
import org.commonground.storage.testing.MutableClock;
import org.commonground.storage.testing.ProfileDrafts;
import org.commonground.storage.testing.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Rounds, deliveries and answers; run on H2 and on PostgreSQL by the subclasses. */
abstract class RoundStoreContract {

  @RegisterExtension final TestDatabase db = newDatabase();

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
  private Jdbi jdbi;
  private RoundStore rounds;
  private long alice;
  private long bob;
  private long carol;

  abstract TestDatabase newDatabase();

  @BeforeEach
  void setUp() {
    jdbi = db.database().jdbi();
    rounds = new RoundStore(jdbi);
    ProfileStore profiles = new ProfileStore(jdbi, clock);
    int tag = jdbi.onDemand(TagRepository.class).listActive().get(0).id();
    alice = member(profiles, "U0ALICE", "Wirral Council", tag);
    bob = member(profiles, "U0BOB", "Open Door Centre", tag);
    carol = member(profiles, "U0CAROL", "Kindred", tag);
  }

  @Test
  void storesAWeekOnceAndReturnsTheStoredRoundAfterwards() {
    Round first = rounds.storeOnce(round("2026-W48", 2.5));
    Round second = rounds.storeOnce(round("2026-W48", 9.9));

    assertThat(second).isEqualTo(first);
    assertThat(second.totalScore()).isEqualTo(2.5);
    assertThat(rounds.pairs(first.id())).hasSize(1);
    assertThat(rounds.members(first.id())).hasSize(3);
  }

  @Test
  void keepsTheWeeksNoteWithTheRound() {
    Round round = rounds.storeOnce(round("2026-W48", 1));

    assertThat(rounds.find(round.id()).orElseThrow().noteIfAny())
        .contains("Our conference is on Thursday.");
  }

  @Test
  void findsOneMembersPairsFromEitherSide() {
    Round round = rounds.storeOnce(round("2026-W48", 1));

    assertThat(rounds.pairsOf(round.id(), alice)).isEqualTo(rounds.pairs(round.id()));
    assertThat(rounds.pairsOf(round.id(), bob)).isEqualTo(rounds.pairs(round.id()));
    assertThat(rounds.pairsOf(round.id(), carol)).isEmpty();
  }

  @Test
  void findsEachMembersPlaceInARound() {
    Round round = rounds.storeOnce(round("2026-W48", 1));

    assertThat(rounds.member(round.id(), alice).map(RoundMember::memberId)).contains(alice);
    assertThat(rounds.member(round.id(), alice).map(RoundMember::dmChannel)).isEmpty();
    assertThat(rounds.member(round.id() + 1, alice)).isEmpty();
  }

  @Test
  void twoProcessesStoringTheSameWeekAtOnceEndWithOneRound() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Callable<Round>> racers = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      double score = i;
      racers.add(() -> rounds.storeOnce(round("2026-W49", score)));
    }
    List<Round> results = new ArrayList<>();
    for (Future<Round> result : pool.invokeAll(racers)) {
      results.add(result.get());
    }
    pool.shutdown();

    assertThat(results).allSatisfy(r -> assertThat(r).isEqualTo(results.get(0)));
    assertThat(rounds.members(results.get(0).id())).hasSize(3);
  }

  @Test
  void onlyOneSenderCanClaimADelivery() {
    Round round = rounds.storeOnce(round("2026-W48", 1));
    DeliveryRepository deliveries = jdbi.onDemand(DeliveryRepository.class);
    RoundMember pending = deliveries.claimable(round.id(), clock.instant()).get(0);

    int first = deliveries.claim(pending.id(), pending, clock.instant());
    int second = deliveries.claim(pending.id(), pending, clock.instant());

    assertThat(first).isEqualTo(1);
    assertThat(second).isZero();
    assertThat(deliveries.claimable(round.id(), clock.instant())).hasSize(2);
    assertThat(deliveries.claimable(round.id(), clock.instant().plusSeconds(1))).hasSize(3);
  }

  @Test
  void countsDeliveriesByStatus() {
    Round round = rounds.storeOnce(round("2026-W48", 1));
    DeliveryRepository deliveries = jdbi.onDemand(DeliveryRepository.class);
    List<RoundMember> members = deliveries.membersOf(round.id());
    deliveries.markSent(members.get(0).id(), "D1", "1.1", clock.instant());
    deliveries.markFailed(members.get(1).id(), "user_not_found");

    DeliveryCounts counts = rounds.deliveryCounts(round.id());

    assertThat(counts.total()).isEqualTo(3);
    assertThat(counts.sent()).isEqualTo(1);
    assertThat(counts.failed()).isEqualTo(1);
    assertThat(counts.pending()).isEqualTo(1);
    assertThat(counts.lastDeliveredAt()).isEqualTo(clock.instant());
  }

  @Test
  void anAnswerIsRecordedOnceAndOnlyByAMemberOfThePair() {
    Round round = rounds.storeOnce(round("2026-W48", 1));
    RoundRepository repository = jdbi.onDemand(RoundRepository.class);
    long pairId = rounds.pairs(round.id()).get(0).id();

    assertThat(repository.recordAnswer(pairId, carol, Answer.INTRO_ME)).isZero();
    repository.recordAnswer(pairId, alice, Answer.INTRO_ME);
    repository.recordAnswer(pairId, alice, Answer.NOT_FOR_ME);

    RoundPair pair = repository.findPair(pairId).orElseThrow();
    assertThat(pair.answerOf(alice)).isEqualTo(Answer.INTRO_ME);
    assertThat(pair.answerOf(bob)).isNull();
  }

  @Test
  void remembersPastPairsByWeekAndUnmatchedMembers() {
    rounds.storeOnce(round("2026-W48", 1));

    assertThat(jdbi.onDemand(RoundRepository.class).pairsBetweenWeeks(2900, 3000))
        .containsExactly(new PastPairRow(alice, bob, 2970));
    assertThat(jdbi.onDemand(DeliveryRepository.class).unmatchedIn(2970)).containsExactly(carol);
  }

  @Test
  void declinesAreKeptOnceAndGoWithTheMember() {
    DeclineRepository declines = jdbi.onDemand(DeclineRepository.class);
    declines.decline(alice, bob, clock.instant());
    declines.decline(alice, bob, clock.instant());

    assertThat(declines.all()).containsExactly(new DeclineRepository.Decline(alice, bob));
    jdbi.useHandle(h -> h.execute("DELETE FROM member WHERE id = ?", bob));
    assertThat(declines.all()).isEmpty();
  }

  private NewRound round(String week, double score) {
    return new NewRound(
        week,
        2970,
        clock.instant(),
        3,
        3,
        2,
        new Headcount(3, 0),
        score,
        List.of(new NewRound.NewPair(alice, bob, score, List.of(1, 2), List.of(), List.of(3))),
        List.of(
            new NewRound.NewRoundMember(alice, null),
            new NewRound.NewRoundMember(bob, null),
            new NewRound.NewRoundMember(carol, "PARTNERS_TAKEN")),
        Optional.of("Our conference is on Thursday."));
  }

  private static long member(ProfileStore profiles, String user, String organisation, int tag) {
    return profiles
        .save(ProfileDrafts.draft(user, new OrganisationChoice.New(organisation), List.of(tag)))
        .profile()
        .member()
        .id();
  }
}
