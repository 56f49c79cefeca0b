package org.commonground.storage.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.storage.testing.StoredRounds.pair;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.commonground.storage.rounds.DeliveryRepository;
import org.commonground.storage.rounds.MeetingAnswer;
import org.commonground.storage.rounds.MeetingCounts;
import org.commonground.storage.rounds.MeetingFeedbackRepository;
import org.commonground.storage.rounds.Round;
import org.commonground.storage.rounds.RoundMember;
import org.commonground.storage.rounds.RoundPair;
import org.commonground.storage.rounds.RoundRepository;
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
  private RoundRepository rounds;
  private DeliveryRepository deliveries;
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
    rounds = jdbi.onDemand(RoundRepository.class);
    deliveries = jdbi.onDemand(DeliveryRepository.class);
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

    assertThat(done).isEqualTo(new RoundRetention.Anonymised(1, 3, 1));
    RoundPair oldPair = rounds.pairsOf(old.id()).get(0);
    assertThat(oldPair.memberA()).isNull();
    assertThat(oldPair.memberB()).isNull();
    assertThat(oldPair.groupChannel()).isNull();
    assertThat(deliveries.membersOf(old.id()))
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
    RoundPair before = rounds.pairsOf(recent.id()).get(0);
    List<RoundMember> deliveredBefore = deliveries.membersOf(recent.id());

    new RoundRetention(jdbi, clock).anonymiseOlderThan(24);

    assertThat(rounds.pairsOf(recent.id())).containsExactly(before);
    assertThat(deliveries.membersOf(recent.id())).isEqualTo(deliveredBefore);
    assertThat(feedbackMembers(before.id())).doesNotContainNull().hasSize(1);
  }

  @Test
  void whatTheStatisticsCountStaysTheSame() {
    MeetingCounts meetings = jdbi.onDemand(MeetingFeedbackRepository.class).counts();
    RoundPair oldPair = rounds.pairsOf(old.id()).get(0);

    new RoundRetention(jdbi, clock).anonymiseOlderThan(24);

    assertThat(jdbi.onDemand(MeetingFeedbackRepository.class).counts())
        .isEqualTo(meetings)
        .isEqualTo(new MeetingCounts(2, 2, 0, 0, 0));
    assertThat(rounds.findByWeek(old.week())).contains(old);
    RoundPair anonymised = rounds.pairsOf(old.id()).get(0);
    assertThat(anonymised.score()).isEqualTo(oldPair.score());
    assertThat(anonymised.sharedChallengeIds()).isEqualTo(oldPair.sharedChallengeIds());
    assertThat(anonymised.introducedAt()).isEqualTo(oldPair.introducedAt());
    assertThat(deliveries.membersOf(old.id()))
        .extracting(RoundMember::status, RoundMember::unmatchedReason, RoundMember::deliveredAt)
        .doesNotContainNull()
        .hasSize(3);
  }

  @Test
  void aSecondRunFindsNothingLeftToDo() {
    RoundRetention retention = new RoundRetention(jdbi, clock);
    retention.anonymiseOlderThan(24);

    assertThat(retention.anonymiseOlderThan(24)).isEqualTo(new RoundRetention.Anonymised(0, 0, 0));
  }

  @Test
  void aShorterPeriodReachesTheRecentRoundToo() {
    assertThat(new RoundRetention(jdbi, clock).anonymiseOlderThan(1))
        .isEqualTo(new RoundRetention.Anonymised(2, 5, 2));
  }

  private void introduceAndMeet(Round round, long member, String slackUserId, String group) {
    RoundPair pair = rounds.pairsOf(round.id()).get(0);
    rounds.markIntroduced(pair.id(), clock.instant(), group);
    MeetingFeedbackRepository feedback = jdbi.onDemand(MeetingFeedbackRepository.class);
    feedback.ask(pair.id(), member, clock.instant());
    long question = feedback.find(pair.id(), member).orElseThrow().id();
    feedback.answer(question, slackUserId, MeetingAnswer.YES, clock.instant());
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
