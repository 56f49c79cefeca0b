package org.commonground.storage.warmintros;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.storage.testing.StoredRounds.pair;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.commonground.storage.blocks.BlockList;
import org.commonground.storage.privacy.MemberDataEraser;
import org.commonground.storage.privacy.MemberDataExport;
import org.commonground.storage.retention.RoundRetention;
import org.commonground.storage.rounds.MeetingQuestions;
import org.commonground.storage.rounds.PastPairRow;
import org.commonground.storage.rounds.RoundPair;
import org.commonground.storage.rounds.RoundStore;
import org.commonground.storage.testing.EveryTextColumn;
import org.commonground.storage.testing.MutableClock;
import org.commonground.storage.testing.StoredRounds;
import org.commonground.storage.testing.TestDatabase;
import org.commonground.storage.warmintros.WarmIntros.Answered;
import org.commonground.storage.warmintros.WarmIntros.Attempt;
import org.commonground.storage.warmintros.WarmIntros.Recent;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Warm introductions from suggestion to pair; run on H2 and on PostgreSQL by the subclasses. */
abstract class WarmIntrosContract {

  private static final long WEEK = 2970;
  private static final String NOTE = "Carol's note: you both map early help";

  @RegisterExtension final TestDatabase db = newDatabase();

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
  private Jdbi jdbi;
  private WarmIntros intros;
  private StoredRounds stored;
  private long alice;
  private long bob;
  private long carol;

  abstract TestDatabase newDatabase();

  @BeforeEach
  void setUp() {
    jdbi = db.database().jdbi();
    intros = new WarmIntros(jdbi, clock);
    stored = new StoredRounds(jdbi, clock);
    alice = stored.member("U0ALICE");
    bob = stored.member("U0BOB");
    carol = stored.member("U0CAROL");
  }

  @Test
  void everySuggestionCountsTowardsTheLimitOverAnySevenDays() {
    Instant first = clock.instant();
    assertThat(intros.attempt(carol, 2)).isInstanceOf(Attempt.Counted.class);
    clock.advance(Duration.ofHours(1));
    assertThat(intros.attempt(carol, 2)).isInstanceOf(Attempt.Counted.class);

    assertThat(intros.attempt(carol, 2))
        .isEqualTo(new Attempt.OverLimit(first.plus(Duration.ofDays(7))));
    assertThat(intros.attempt(alice, 2)).isInstanceOf(Attempt.Counted.class);
    clock.set(first.plus(Duration.ofDays(7)).plusSeconds(1));
    assertThat(intros.attempt(carol, 2)).isInstanceOf(Attempt.Counted.class);
  }

  @Test
  void twoPeopleSuggestedOrPairedRecentlyAreNotSuggestedAgain() {
    assertThat(propose(alice, bob)).isTrue();
    assertThat(propose(bob, alice)).isFalse();

    stored.delivered(WEEK - 2, List.of(pair(alice, carol)));
    assertThat(propose(carol, alice)).isFalse();
    assertThat(
            intros.propose(
                counted(), carol, alice, "", later(), new Recent(WEEK - 1, clock.instant())))
        .isTrue();
  }

  @Test
  void twoYesesMakeOnePairThatTheNextRoundsKeepApart() {
    long id = proposed(alice, bob);

    Answered first = intros.answer(id, alice, WarmIntroAnswer.YES, WEEK);
    assertThat(first.recorded()).isTrue();
    assertThat(first.agreed()).isFalse();
    Answered second = intros.answer(id, bob, WarmIntroAnswer.YES, WEEK);

    assertThat(second.agreed()).isTrue();
    assertThat(second.intro().outcome()).isEqualTo(WarmIntroOutcome.AGREED);
    long pairId = second.intro().pairId();
    assertThat(intros.introduced(pairId, "G0GROUP")).isTrue();
    assertThat(intros.introduced(pairId, "G0GROUP")).isFalse();
    RoundStore rounds = new RoundStore(jdbi);
    assertThat(rounds.pair(pairId).orElseThrow().sharedChallengeIds()).hasSize(1);
    assertThat(rounds.pairsBetweenWeeks(WEEK - 12, WEEK))
        .containsExactly(new PastPairRow(alice, bob, WEEK - 1));
    assertThat(rounds.pairsBetweenWeeks(WEEK - 11, WEEK + 1))
        .containsExactly(new PastPairRow(alice, bob, WEEK));
    assertThat(rounds.pairsBetweenWeeks(WEEK + 1, WEEK + 13)).isEmpty();
    assertThat(new MeetingQuestions(jdbi).counts().warm()).isEqualTo(1);
  }

  @Test
  void onlyTheTwoAnswerTheirFirstAnswerStandsAndANoThanksIsADecline() {
    long id = proposed(alice, bob);

    assertThat(intros.answer(id, carol, WarmIntroAnswer.YES, WEEK).recorded()).isFalse();
    assertThat(intros.answer(id, bob, WarmIntroAnswer.NO, WEEK).recorded()).isTrue();
    assertThat(intros.answer(id, bob, WarmIntroAnswer.YES, WEEK).recorded()).isFalse();
    Answered yes = intros.answer(id, alice, WarmIntroAnswer.YES, WEEK);

    assertThat(yes.recorded()).isTrue();
    assertThat(yes.agreed()).isFalse();
    assertThat(yes.intro().outcome()).isEqualTo(WarmIntroOutcome.PENDING);
    assertThat(yes.intro().answerOf(bob)).isEqualTo(WarmIntroAnswer.NO);
    assertThat(new BlockList(jdbi, clock).separated(alice, bob)).isTrue();
  }

  @Test
  void yesesRacingOnManyConnectionsAgreeExactlyOnce() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 5; round++) {
        long a = stored.member("U0RACEA" + round);
        long b = stored.member("U0RACEB" + round);
        long id = proposed(a, b);
        List<Callable<Answered>> clicks = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
          long member = i % 2 == 0 ? a : b;
          clicks.add(() -> intros.answer(id, member, WarmIntroAnswer.YES, WEEK));
        }
        int agreed = 0;
        for (Future<Answered> click : threads.invokeAll(clicks)) {
          agreed += click.get().agreed() ? 1 : 0;
        }
        assertThat(agreed).isEqualTo(1);
      }
    } finally {
      threads.shutdown();
    }
    assertThat(new RoundStore(jdbi).pairsBetweenWeeks(0, WEEK + 1)).hasSize(5);
  }

  @Test
  void aSuggestionLapsesOnceWhenItsTimeIsUpWhateverWasSaid() {
    long id = proposed(alice, bob);
    intros.answer(id, alice, WarmIntroAnswer.YES, WEEK);
    long refused = counted();

    clock.advance(Duration.ofDays(7));
    assertThat(intros.answer(id, bob, WarmIntroAnswer.YES, WEEK).recorded()).isFalse();
    List<WarmIntro> lapsed = intros.lapseDue();

    assertThat(lapsed).extracting(WarmIntro::id).containsExactly(id);
    assertThat(lapsed.get(0).outcome()).isEqualTo(WarmIntroOutcome.LAPSED);
    assertThat(intros.lapseDue()).isEmpty();
    assertThat(intros.find(refused)).isEmpty();
    assertThat(intros.find(id)).isPresent();
  }

  @Test
  void eachOfTheThreeFindsItInTheirExportWithoutTheOthersAnswers() {
    long id = proposed(alice, bob);
    intros.delivered(id, alice, "D0ALICE", "1.2");
    intros.answer(id, bob, WarmIntroAnswer.NO, WEEK);

    MemberDataExport export = new MemberDataExport(jdbi);
    List<Map<String, Object>> alices = export.collect("U0ALICE").get("warm_introductions");
    List<Map<String, Object>> carols = export.collect("U0CAROL").get("warm_introductions");
    List<Map<String, Object>> bobs = export.collect("U0BOB").get("warm_introductions");

    assertThat(alices).hasSize(1);
    assertThat(alices.get(0))
        .containsEntry("suggested_by", "U0CAROL")
        .containsEntry("note", NOTE)
        .containsEntry("your_answer", null)
        .containsEntry("outcome", "PENDING")
        .doesNotContainValue("NO");
    assertThat(carols.get(0))
        .containsEntry("your_part", "suggested by you")
        .doesNotContainValue("NO");
    assertThat(bobs.get(0)).containsEntry("your_answer", "NO");
  }

  @Test
  void erasureTakesTheNoteAndTheLeaversMessageAndKeepsTheRest() {
    long id = proposed(alice, bob);
    intros.delivered(id, alice, "D0ALICE", "1.2");
    intros.delivered(id, bob, "D0BOB", "1.3");

    new MemberDataEraser(jdbi, clock).erase("U0ALICE");

    WarmIntro left = intros.find(id).orElseThrow();
    assertThat(left.note()).isNull();
    assertThat(left.memberA()).isNull();
    assertThat(left.messageTo(bob)).isEqualTo(new WarmIntro.DmMessage("D0BOB", "1.3"));
    for (String trace : List.of("U0ALICE", "D0ALICE", NOTE)) {
      assertThat(EveryTextColumn.containing(jdbi, trace)).as(trace).isEmpty();
    }
    assertThat(intros.answer(id, bob, WarmIntroAnswer.YES, WEEK).recorded()).isFalse();
    assertThat(intros.lapseDue()).extracting(WarmIntro::id).containsExactly(id);
  }

  private boolean propose(long a, long b) {
    return intros.propose(counted(), a, b, NOTE, later(), recent());
  }

  @Test
  void anAgreedIntroductionIsAnonymisedOnceOlderThanTheRetentionPeriodAndAPendingOneIsNot() {
    long agreed = proposed(alice, bob);
    intros.delivered(agreed, alice, "D0ALICE", "1.2");
    intros.answer(agreed, alice, WarmIntroAnswer.YES, WEEK);
    long pairId = intros.answer(agreed, bob, WarmIntroAnswer.YES, WEEK).intro().pairId();
    intros.introduced(pairId, "G0GROUP");
    clock.advance(Duration.ofDays(25 * 31));
    long pending = proposed(alice, carol);

    RoundRetention.Anonymised done = new RoundRetention(jdbi, clock).anonymiseOlderThan(24);

    assertThat(done.warmIntros()).isEqualTo(1);
    assertThat(done.pairs()).isEqualTo(1);
    WarmIntro old = intros.find(agreed).orElseThrow();
    assertThat(old.outcome()).isEqualTo(WarmIntroOutcome.AGREED);
    assertThat(List.of(old.note() == null, old.memberA() == null, old.suggestedBy() == null))
        .containsOnly(true);
    RoundPair pair = new RoundStore(jdbi).pair(pairId).orElseThrow();
    assertThat(pair.memberA()).isNull();
    assertThat(intros.find(pending).orElseThrow().note()).isEqualTo(NOTE);
    assertThat(new MeetingQuestions(jdbi).counts().warm()).isEqualTo(1);
  }

  private long proposed(long a, long b) {
    long id = counted();
    assertThat(intros.propose(id, a, b, NOTE, later(), recent())).isTrue();
    return id;
  }

  private long counted() {
    return ((Attempt.Counted) intros.attempt(carol, 100)).id();
  }

  private Instant later() {
    return clock.instant().plus(Duration.ofDays(7));
  }

  private Recent recent() {
    return new Recent(WEEK - 12, clock.instant().minus(Duration.ofDays(84)));
  }
}
