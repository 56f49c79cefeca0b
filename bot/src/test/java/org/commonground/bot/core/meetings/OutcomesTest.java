package org.commonground.bot.core.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.commonground.storage.testing.StoredRounds.pair;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.commonground.storage.outcomes.OutcomeAnswer;
import org.commonground.storage.outcomes.OutcomeAnswers;
import org.commonground.storage.outcomes.OutcomeKind;
import org.commonground.storage.rounds.MeetingAnswer;
import org.commonground.storage.rounds.MeetingQuestion;
import org.commonground.storage.rounds.MeetingQuestions;
import org.commonground.storage.rounds.Round;
import org.commonground.storage.rounds.RoundStore;
import org.commonground.storage.testing.MutableClock;
import org.commonground.storage.testing.StoredRounds;
import org.commonground.storage.testing.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The console's view of what came of introductions: dates are the network's own days. */
class OutcomesTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  @RegisterExtension final TestDatabase db = TestDatabase.h2();

  /** Half past midnight on 1 July in London, in summer time; still 30 June in UTC. */
  private final MutableClock clock = new MutableClock(Instant.parse("2026-06-30T23:30:00Z"));

  private Jdbi jdbi;
  private Outcomes outcomes;

  @BeforeEach
  void setUp() {
    jdbi = db.database().jdbi();
    outcomes = new Outcomes(new OutcomeAnswers(jdbi), LONDON);
  }

  @Test
  void anAnswerCountsOnTheNetworksDayRatherThanUtcs() {
    answered(OutcomeKind.WORKING_TOGETHER, "Shared a referral form.", true);

    LocalDate july1 = LocalDate.of(2026, 7, 1);
    assertThat(outcomes.counts(july1, july1).total()).isEqualTo(1);
    assertThat(outcomes.counts(july1.minusDays(1), july1.minusDays(1)).total()).isZero();
    assertThat(outcomes.sharedStories(july1, july1))
        .containsExactly(
            new Outcomes.StoryToShare(
                "Shared a referral form.", "Local authority", "Local authority", july1));
  }

  @Test
  void countsNameEveryKindInOrder() {
    answered(OutcomeKind.CHANGED_PRACTICE, null, false);
    LocalDate day = LocalDate.of(2026, 7, 1);

    Outcomes.OutcomeCounts counts = outcomes.counts(day.minusDays(30), day);

    assertThat(counts.kinds())
        .extracting(Outcomes.OutcomeCount::label)
        .containsExactly(
            "Nothing yet",
            "We shared ideas or contacts",
            "We're working on something together",
            "It changed how we do something");
    assertThat(counts.kinds()).extracting(Outcomes.OutcomeCount::count).containsExactly(0, 0, 0, 1);
  }

  @Test
  void aRangeThatEndsBeforeItStartsIsRefused() {
    LocalDate day = LocalDate.of(2026, 6, 30);

    assertThatThrownBy(() -> outcomes.counts(day, day.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private void answered(OutcomeKind kind, String story, boolean shareable) {
    StoredRounds stored = new StoredRounds(jdbi, clock);
    Round round =
        stored.delivered(2970, List.of(pair(stored.member("U0ALICE"), stored.member("U0BOB"))));
    RoundStore rounds = new RoundStore(jdbi);
    rounds.markIntroduced(rounds.pairs(round.id()).get(0).id(), clock.instant(), "G0PAIR");
    MeetingQuestions questions = new MeetingQuestions(jdbi);
    MeetingQuestion alices =
        questions
            .askFirst(clock.instant().minusSeconds(1), clock.instant(), clock.instant())
            .get(0);
    questions.answer(alices.id(), "U0ALICE", MeetingAnswer.YES, clock.instant());
    new OutcomeAnswers(jdbi)
        .record(alices.id(), "U0ALICE", new OutcomeAnswer(kind, story, shareable), clock.instant());
  }
}
