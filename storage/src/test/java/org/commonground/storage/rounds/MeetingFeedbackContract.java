package org.commonground.storage.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.commonground.storage.testing.StoredRounds.pair;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.commonground.storage.privacy.MemberDataExport;
import org.commonground.storage.testing.MutableClock;
import org.commonground.storage.testing.StoredRounds;
import org.commonground.storage.testing.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** "Did you meet?" questions, answers and counts; run on H2 and on PostgreSQL by the subclasses. */
abstract class MeetingFeedbackContract {

  @RegisterExtension final TestDatabase db = newDatabase();

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
  private Jdbi jdbi;
  private MeetingFeedbackRepository feedback;
  private StoredRounds stored;
  private long alice;
  private long bob;
  private long carol;
  private long dan;

  abstract TestDatabase newDatabase();

  @BeforeEach
  void setUp() {
    jdbi = db.database().jdbi();
    feedback = jdbi.onDemand(MeetingFeedbackRepository.class);
    stored = new StoredRounds(jdbi, clock);
    alice = stored.member("U0ALICE");
    bob = stored.member("U0BOB");
    carol = stored.member("U0CAROL");
    dan = stored.member("U0DAN");
  }

  @Test
  void eachMemberOfAnIntroducedPairIsAskedOnce() {
    Round round = stored.delivered(2970, List.of(pair(alice, bob), pair(carol, dan)));
    long introduced = introduce(round, 0);
    Instant from = clock.instant().minus(Duration.ofDays(1));

    assertThat(feedback.notAskedIntroducedBetween(from, clock.instant()))
        .containsExactly(
            new MeetingFeedbackRepository.PairMember(introduced, alice),
            new MeetingFeedbackRepository.PairMember(introduced, bob));
    assertThat(feedback.ask(introduced, alice, clock.instant())).isEqualTo(1);
    assertThat(feedback.ask(introduced, alice, clock.instant())).isZero();
    assertThat(feedback.notAskedIntroducedBetween(from, clock.instant()))
        .containsExactly(new MeetingFeedbackRepository.PairMember(introduced, bob));
    Instant later = clock.instant().plusSeconds(1);
    assertThat(feedback.notAskedIntroducedBetween(later, later.plusSeconds(1))).isEmpty();
    MeetingQuestion question = feedback.find(introduced, alice).orElseThrow();
    assertThat(question.userId()).isEqualTo("U0ALICE");
    assertThat(question.otherUserId()).isEqualTo("U0BOB");
    assertThat(question.timesAsked()).isEqualTo(1);
  }

  @Test
  void anAnswerIsTakenOnceAndOnlyFromTheMemberAsked() {
    long question = askAlice(introduce(stored.delivered(2970, List.of(pair(alice, bob))), 0));

    assertThat(feedback.answer(question, "U0BOB", MeetingAnswer.NO, clock.instant())).isZero();
    assertThat(feedback.answer(question, "U0ALICE", MeetingAnswer.YES, clock.instant()))
        .isEqualTo(1);
    clock.advance(Duration.ofMinutes(1));
    assertThat(feedback.answer(question, "U0ALICE", MeetingAnswer.NO, clock.instant())).isZero();

    assertThat(feedback.findById(question).orElseThrow().answer()).isEqualTo(MeetingAnswer.YES);
  }

  @Test
  void notYetIsAskedAgainOnceAndThenTakesOneMoreAnswer() {
    long question = askAlice(introduce(stored.delivered(2970, List.of(pair(alice, bob))), 0));
    feedback.answer(question, "U0ALICE", MeetingAnswer.NOT_YET, clock.instant());
    clock.advance(Duration.ofMinutes(1));
    assertThat(feedback.answer(question, "U0ALICE", MeetingAnswer.YES, clock.instant())).isZero();

    clock.advance(Duration.ofDays(3));
    Instant due = clock.instant().minus(Duration.ofDays(3));
    assertThat(feedback.notYetAnsweredBefore(due))
        .extracting(MeetingQuestion::id)
        .containsExactly(question);
    assertThat(feedback.askAgain(question, clock.instant())).isEqualTo(1);
    assertThat(feedback.askAgain(question, clock.instant())).isZero();
    assertThat(feedback.notYetAnsweredBefore(clock.instant())).isEmpty();

    clock.advance(Duration.ofMinutes(1));
    assertThat(feedback.answer(question, "U0ALICE", MeetingAnswer.YES, clock.instant()))
        .isEqualTo(1);
    assertThat(feedback.answer(question, "U0ALICE", MeetingAnswer.NO, clock.instant())).isZero();
    assertThat(feedback.findById(question).orElseThrow().timesAsked()).isEqualTo(2);
  }

  @Test
  void countsEachIntroductionByWhatItsMembersSaid() {
    Round first = stored.delivered(2970, List.of(pair(alice, bob), pair(carol, dan)));
    long aliceBob = introduce(first, 0);
    long carolDan = introduce(first, 1);
    clock.advance(Duration.ofDays(7));
    long aliceCarol = introduce(stored.delivered(2971, List.of(pair(alice, carol))), 0);
    answer(aliceBob, alice, MeetingAnswer.YES);
    answer(aliceBob, bob, MeetingAnswer.NO);
    answer(carolDan, carol, MeetingAnswer.NOT_YET);
    answer(aliceCarol, alice, MeetingAnswer.NO);
    feedback.ask(aliceCarol, carol, clock.instant());

    assertThat(feedback.counts()).isEqualTo(new MeetingCounts(3, 1, 1, 1, 0));
    assertThat(feedback.reportedBy("U0ALICE"))
        .extracting(MeetingOutcome::otherUserId, MeetingOutcome::answer)
        .containsExactly(tuple("U0CAROL", MeetingAnswer.NO), tuple("U0BOB", MeetingAnswer.YES));
    assertThat(feedback.reportedBy("U0CAROL")).hasSize(1);
  }

  @Test
  void nothingToCountBeforeAnyIntroduction() {
    stored.delivered(2970, List.of(pair(alice, bob)));

    assertThat(feedback.counts()).isEqualTo(new MeetingCounts(0, 0, 0, 0, 0));
  }

  @Test
  void outcomesOutliveTheOtherMembersDeletion() {
    long introduced = introduce(stored.delivered(2970, List.of(pair(alice, bob))), 0);
    answer(introduced, alice, MeetingAnswer.YES);

    jdbi.useHandle(h -> h.execute("DELETE FROM member WHERE id = ?", bob));

    assertThat(feedback.reportedBy("U0ALICE"))
        .singleElement()
        .satisfies(o -> assertThat(o.otherUserId()).isNull());
    assertThat(feedback.counts().met()).isEqualTo(1);
  }

  @Test
  void aMembersAnswersAreInTheirExport() {
    answer(
        introduce(stored.delivered(2970, List.of(pair(alice, bob))), 0), alice, MeetingAnswer.NO);

    assertThat(new MemberDataExport(jdbi).collect("U0ALICE").get("meeting_feedback"))
        .singleElement()
        .satisfies(row -> assertThat(row).containsEntry("answer", "NO"));
    assertThat(new MemberDataExport(jdbi).collect("U0BOB").get("meeting_feedback")).isEmpty();
  }

  private long introduce(Round round, int index) {
    long pairId = jdbi.onDemand(RoundRepository.class).pairsOf(round.id()).get(index).id();
    jdbi.onDemand(RoundRepository.class).markIntroduced(pairId, clock.instant(), "G" + pairId);
    return pairId;
  }

  private long askAlice(long pairId) {
    feedback.ask(pairId, alice, clock.instant());
    return feedback.find(pairId, alice).orElseThrow().id();
  }

  private void answer(long pairId, long memberId, MeetingAnswer answer) {
    feedback.ask(pairId, memberId, clock.instant());
    MeetingQuestion question = feedback.find(pairId, memberId).orElseThrow();
    clock.advance(Duration.ofSeconds(1));
    feedback.answer(question.id(), question.userId(), answer, clock.instant());
  }
}
