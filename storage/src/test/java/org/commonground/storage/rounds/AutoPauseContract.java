package org.commonground.storage.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.storage.testing.StoredRounds.pair;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.commonground.storage.members.MemberStatus;
import org.commonground.storage.testing.MutableClock;
import org.commonground.storage.testing.ProfileDrafts;
import org.commonground.storage.testing.StoredRounds;
import org.commonground.storage.testing.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Who stopped answering their matches; run on H2 and on PostgreSQL by the subclasses. */
abstract class AutoPauseContract {

  private static final long WEEK = 2973;
  private static final LocalDate MONDAY = LocalDate.of(2026, 12, 14);

  @RegisterExtension final TestDatabase db = newDatabase();

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
  private Jdbi jdbi;
  private AutoPauseRepository autoPause;
  private StoredRounds stored;
  private long alice;
  private long bob;
  private long carol;

  abstract TestDatabase newDatabase();

  @BeforeEach
  void setUp() {
    jdbi = db.database().jdbi();
    autoPause = jdbi.onDemand(AutoPauseRepository.class);
    stored = new StoredRounds(jdbi, clock);
    alice = stored.member("U0ALICE");
    bob = stored.member("U0BOB");
    carol = stored.member("U0CAROL");
  }

  @Test
  void threeRoundsWithMatchesAndNoAnswerInARowMakeAMemberSilent() {
    Round first = stored.delivered(WEEK - 3, List.of(pair(alice, bob)), carol);
    stored.delivered(WEEK - 2, List.of(pair(alice, bob), pair(alice, carol)));
    stored.delivered(WEEK - 1, List.of(pair(alice, carol)), bob);
    answer(first, bob);

    assertThat(autoPause.silentBefore(WEEK, MONDAY))
        .containsExactly(new QuietMember(alice, "U0ALICE"));
  }

  @Test
  void oneAnswerOrOneRoundWithoutAMatchBreaksTheRun() {
    stored.delivered(WEEK - 4, List.of(pair(alice, bob)));
    stored.delivered(WEEK - 3, List.of(pair(alice, bob)));
    Round answered = stored.delivered(WEEK - 2, List.of(pair(alice, carol), pair(bob, carol)));
    stored.delivered(WEEK - 1, List.of(pair(alice, bob)), carol);
    answer(answered, alice);

    assertThat(autoPause.silentBefore(WEEK, MONDAY))
        .extracting(QuietMember::userId)
        .containsExactly("U0BOB");
  }

  @Test
  void aDigestThatNeverArrivedDoesNotCount() {
    stored.delivered(WEEK - 3, List.of(pair(alice, bob)));
    stored.delivered(WEEK - 2, List.of(pair(alice, bob)));
    Round last = stored.delivered(WEEK - 1, List.of(pair(alice, bob)));
    DeliveryRepository deliveries = jdbi.onDemand(DeliveryRepository.class);
    deliveries.markFailed(deliveries.find(last.id(), alice).orElseThrow().id(), "user_not_found");

    assertThat(autoPause.silentBefore(WEEK, MONDAY))
        .extracting(QuietMember::id)
        .containsExactly(bob);
  }

  @Test
  void theFacadeFindsTheSilentAndPausesEachOncePerWeek() {
    threeSilentRounds();
    AutoPauses pauses = new AutoPauses(jdbi);

    assertThat(pauses.silentBefore(WEEK, MONDAY))
        .isEqualTo(autoPause.silentBefore(WEEK, MONDAY))
        .extracting(QuietMember::id)
        .contains(alice);
    assertThat(pauses.pauseUntilResumed(alice, WEEK, MONDAY)).isTrue();
    assertThat(pauses.pauseUntilResumed(alice, WEEK, MONDAY)).isFalse();
  }

  @Test
  void pausesOncePerWeekUntilResumedAndLeavesTheResumedIn() {
    threeSilentRounds();
    LocalDate until = MemberStatus.UNTIL_RESUMED;

    assertThat(autoPause.pause(alice, WEEK, MONDAY, until)).isEqualTo(1);
    assertThat(autoPause.pause(alice, WEEK, MONDAY, until)).isZero();
    assertThat(autoPause.silentBefore(WEEK, MONDAY)).extracting(q -> q.id()).containsExactly(bob);
    assertThat(
            jdbi.onDemand(EligibilityRepository.class)
                .eligibleOn(MONDAY.plusYears(50), ProfileDrafts.NOTICE_VERSION))
        .extracting(EligibleMember::id)
        .doesNotContain(alice);

    new MemberStatus(jdbi).setPausedUntil("U0ALICE", null, clock.instant());
    assertThat(autoPause.silentBefore(WEEK, MONDAY)).extracting(q -> q.id()).containsExactly(bob);
    assertThat(autoPause.pause(alice, WEEK, MONDAY, until)).isZero();

    stored.delivered(WEEK, List.of(pair(bob, carol)));
    assertThat(autoPause.silentBefore(WEEK + 1, MONDAY.plusWeeks(1)))
        .extracting(q -> q.id())
        .containsExactly(bob);
  }

  @Test
  void aMemberPausedByThemselvesIsLeftAlone() {
    threeSilentRounds();
    new MemberStatus(jdbi).setPausedUntil("U0ALICE", MONDAY.plusDays(6), clock.instant());

    assertThat(autoPause.silentBefore(WEEK, MONDAY)).extracting(q -> q.id()).containsExactly(bob);
    assertThat(autoPause.pause(alice, WEEK, MONDAY, MemberStatus.UNTIL_RESUMED)).isZero();
  }

  private void threeSilentRounds() {
    for (long week = WEEK - 3; week < WEEK; week++) {
      stored.delivered(week, List.of(pair(alice, bob)), carol);
    }
  }

  private void answer(Round round, long memberId) {
    RoundRepository rounds = jdbi.onDemand(RoundRepository.class);
    RoundPair pair =
        rounds.pairsOf(round.id()).stream().filter(p -> p.involves(memberId)).findFirst().get();
    rounds.recordAnswer(pair.id(), memberId, Answer.INTRO_ME);
  }
}
