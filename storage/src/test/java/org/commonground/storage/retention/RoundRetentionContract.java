package org.commonground.storage.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.storage.testing.StoredRounds.pair;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.commonground.storage.messages.SentMessage;
import org.commonground.storage.messages.SentMessages;
import org.commonground.storage.rounds.MeetingCounts;
import org.commonground.storage.rounds.MeetingQuestions;
import org.commonground.storage.rounds.Round;
import org.commonground.storage.rounds.RoundMember;
import org.commonground.storage.rounds.RoundPair;
import org.commonground.storage.rounds.RoundStore;
import org.commonground.storage.rounds.StoredAnswers;
import org.commonground.storage.testing.MutableClock;
import org.commonground.storage.testing.StoredRounds;
import org.commonground.storage.testing.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Anonymising old rounds; run on H2 and on PostgreSQL by the subclasses. */
abstract class RoundRetentionContract {

  @RegisterExtension final TestDatabase db = newDatabase();

  private final MutableClock clock = new MutableClock(Instant.parse("2024-01-08T09:00:00Z"));
  private Jdbi jdbi;
  private RoundStore rounds;
  private MeetingQuestions questions;
  private Round old;
  private Round recent;

  abstract TestDatabase newDatabase();

  /**
   * Ada and Bea met in a round 25 months ago (Cal went unmatched); Ada and Cal were introduced in a
   * round two months ago.
   */
  @BeforeEach
  void twoRoundsTwoYearsApart() {
    jdbi = db.database().jdbi();
    rounds = new RoundStore(jdbi);
    questions = new MeetingQuestions(jdbi);
    StoredRounds stored = new StoredRounds(jdbi, clock);
    long ada = stored.member("U0ADA");
    long bea = stored.member("U0BEA");
    long cal = stored.member("U0CAL");
    old = stored.delivered(1, List.of(pair(ada, bea)), cal);
    introduceAndMeet(old, ada, "U0ADA", "G0OLD");
    clock.advance(Duration.ofDays(23 * 30));
    recent = stored.delivered(100, List.of(pair(ada, cal)));
    introduceAndMeet(recent, ada, "U0ADA", "G0RECENT");
    clock.advance(Duration.ofDays(60));
  }

  @Test
  void roundsOlderThanTheRetentionPeriodNoLongerSayWhoWasInThem() {
    RoundRetention.Anonymised done = new RoundRetention(jdbi, clock).anonymiseOlderThan(24);

    assertThat(done).isEqualTo(new RoundRetention.Anonymised(1, 3, 1, 0, 0, 0));
    RoundPair oldPair = rounds.pairs(old.id()).get(0);
    assertThat(oldPair.memberA()).isNull();
    assertThat(oldPair.memberB()).isNull();
    assertThat(oldPair.groupChannel()).isNull();
    assertThat(rounds.members(old.id()))
        .allSatisfy(
            d -> {
              assertThat(d.memberId()).isNull();
              assertThat(d.dmChannel()).isNull();
              assertThat(d.messageTs()).isNull();
            });
    assertThat(feedbackMembers(oldPair.id())).containsOnlyNulls();
  }

  @Test
  void recentRoundsAreUntouched() {
    RoundPair before = rounds.pairs(recent.id()).get(0);
    List<RoundMember> deliveredBefore = rounds.members(recent.id());

    new RoundRetention(jdbi, clock).anonymiseOlderThan(24);

    assertThat(rounds.pairs(recent.id())).containsExactly(before);
    assertThat(rounds.members(recent.id())).isEqualTo(deliveredBefore);
    assertThat(feedbackMembers(before.id())).doesNotContainNull().hasSize(1);
  }

  @Test
  void whatTheStatisticsCountStaysTheSame() {
    MeetingCounts meetings = questions.counts();
    RoundPair oldPair = rounds.pairs(old.id()).get(0);

    new RoundRetention(jdbi, clock).anonymiseOlderThan(24);

    assertThat(questions.counts()).isEqualTo(meetings).isEqualTo(new MeetingCounts(2, 2, 0, 0, 0));
    assertThat(rounds.find(old.week())).contains(old);
    RoundPair anonymised = rounds.pairs(old.id()).get(0);
    assertThat(anonymised.score()).isEqualTo(oldPair.score());
    assertThat(anonymised.sharedChallengeIds()).isEqualTo(oldPair.sharedChallengeIds());
    assertThat(anonymised.introducedAt()).isEqualTo(oldPair.introducedAt());
    assertThat(rounds.members(old.id()))
        .extracting(RoundMember::status, RoundMember::unmatchedReason, RoundMember::deliveredAt)
        .doesNotContainNull()
        .hasSize(3);
  }

  @Test
  void whereOldDmsLandedIsForgottenAndRecentOnesAreKept() {
    SentMessages sent = new SentMessages(jdbi, clock);
    MutableClock then = new MutableClock(clock.instant().minus(Duration.ofDays(25 * 31)));
    new SentMessages(jdbi, then).remember("digest", 1, "U0ADA", new SentMessage("D0ADA", "1.1"));
    sent.remember("digest", 2, "U0ADA", new SentMessage("D0ADA", "2.1"));

    assertThat(new RoundRetention(jdbi, clock).anonymiseOlderThan(24).sentMessages()).isEqualTo(1);

    assertThat(sent.find("digest", 1, "U0ADA")).isEmpty();
    assertThat(sent.find("digest", 2, "U0ADA")).contains(new SentMessage("D0ADA", "2.1"));
  }

  @Test
  void aSecondRunFindsNothingLeftToDo() {
    RoundRetention retention = new RoundRetention(jdbi, clock);
    retention.anonymiseOlderThan(24);

    assertThat(retention.anonymiseOlderThan(24))
        .isEqualTo(new RoundRetention.Anonymised(0, 0, 0, 0, 0, 0));
  }

  @Test
  void aShorterPeriodReachesTheRecentRoundToo() {
    assertThat(new RoundRetention(jdbi, clock).anonymiseOlderThan(1))
        .isEqualTo(new RoundRetention.Anonymised(2, 5, 2, 0, 0, 0));
  }

  private void introduceAndMeet(Round round, long member, String userId, String group) {
    new StoredAnswers(jdbi).introducedAndMet(round, member, userId, group, clock.instant());
  }

  private List<Long> feedbackMembers(long pairId) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT member_id FROM meeting_feedback WHERE pair_id = :pair")
                .bind("pair", pairId)
                .mapTo(Long.class)
                .list());
  }
}
