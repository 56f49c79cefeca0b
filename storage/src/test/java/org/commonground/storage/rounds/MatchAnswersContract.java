package org.commonground.storage.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.commonground.storage.testing.MutableClock;
import org.commonground.storage.testing.StoredRounds;
import org.commonground.storage.testing.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An answer and the decline it implies land together or not at all; on H2 and PostgreSQL. */
abstract class MatchAnswersContract {

  @RegisterExtension final TestDatabase db = newDatabase();

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
  private Jdbi jdbi;
  private MatchAnswers answers;
  private long alice;
  private long bob;
  private long carol;
  private long pairId;

  abstract TestDatabase newDatabase();

  @BeforeEach
  void setUp() {
    jdbi = db.database().jdbi();
    answers = new MatchAnswers(jdbi, clock);
    StoredRounds stored = new StoredRounds(jdbi, clock);
    alice = stored.member("U0ALICE");
    bob = stored.member("U0BOB");
    carol = stored.member("U0CAROL");
    Round round = stored.delivered(2970, List.of(StoredRounds.pair(alice, bob)), carol);
    pairId = new RoundStore(jdbi).pairs(round.id()).get(0).id();
  }

  @Test
  void notForMeRecordsTheAnswerAndTheDeclineTogether() {
    MatchAnswers.Answered answered = answers.answer(pairId, alice, Answer.NOT_FOR_ME).orElseThrow();

    assertThat(answered.recorded()).isTrue();
    assertThat(answered.pair().answerOf(alice)).isEqualTo(Answer.NOT_FOR_ME);
    assertThat(declines()).containsExactly(new DeclineRepository.Decline(alice, bob));
  }

  @Test
  void theFirstAnswerStandsAndALaterOneDeclinesNobody() {
    answers.answer(pairId, alice, Answer.INTRO_ME);

    MatchAnswers.Answered again = answers.answer(pairId, alice, Answer.NOT_FOR_ME).orElseThrow();

    assertThat(again.recorded()).isFalse();
    assertThat(again.pair().answerOf(alice)).isEqualTo(Answer.INTRO_ME);
    assertThat(declines()).isEmpty();
  }

  @Test
  void someoneOutsideThePairChangesNothing() {
    assertThat(answers.answer(pairId, carol, Answer.NOT_FOR_ME)).isEmpty();

    assertThat(jdbi.onDemand(RoundRepository.class).findPair(pairId).orElseThrow().aAnswer())
        .isNull();
    assertThat(declines()).isEmpty();
  }

  @Test
  void whenTheDeclineCannotBeStoredTheAnswerIsNotKeptEither() {
    // A constraint no row can meet makes the second of the two writes fail.
    jdbi.useHandle(
        h ->
            h.execute("ALTER TABLE declined_pair ADD CONSTRAINT refuse_all CHECK (member_id < 0)"));

    assertThatThrownBy(() -> answers.answer(pairId, alice, Answer.NOT_FOR_ME))
        .hasMessageContaining("refuse_all");

    RoundPair pair = jdbi.onDemand(RoundRepository.class).findPair(pairId).orElseThrow();
    assertThat(pair.answerOf(alice)).isNull();
    assertThat(declines()).isEmpty();
  }

  private List<DeclineRepository.Decline> declines() {
    return jdbi.onDemand(DeclineRepository.class).all();
  }
}
