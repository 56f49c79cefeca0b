package org.commonground.storage.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.commonground.storage.testing.StoredRounds.pair;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.commonground.storage.organisations.Sector;
import org.commonground.storage.privacy.MemberDataEraser;
import org.commonground.storage.privacy.MemberDataExport;
import org.commonground.storage.retention.RoundRetention;
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

/**
 * "What came of it?" answers: taken once, after a yes, from the member asked; counted, and listed
 * as stories only when shared; gone with their member's erasure and their round's retention. Run on
 * H2 and on PostgreSQL by the subclasses.
 */
abstract class OutcomeAnswersContract {

  @RegisterExtension final TestDatabase db = newDatabase();

  private static final String STORY = "We're piloting a shared referral form across Wirral.";

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
  private Jdbi jdbi;
  private StoredRounds stored;
  private MeetingQuestions questions;
  private OutcomeAnswers outcomes;
  private long nextWeek = 2970;

  abstract TestDatabase newDatabase();

  @BeforeEach
  void setUp() {
    jdbi = db.database().jdbi();
    stored = new StoredRounds(jdbi, clock);
    questions = new MeetingQuestions(jdbi);
    outcomes = new OutcomeAnswers(jdbi);
  }

  @Test
  void theFirstAnswerAfterAYesStandsAndASecondIsIgnored() {
    long question = metAndSaidYes("U0ALICE", "U0BOB").get("U0ALICE");
    OutcomeAnswer first = new OutcomeAnswer(OutcomeKind.WORKING_TOGETHER, STORY, true);

    assertThat(outcomes.record(question, "U0ALICE", first, clock.instant())).isTrue();
    assertThat(
            outcomes.record(
                question,
                "U0ALICE",
                new OutcomeAnswer(OutcomeKind.NOTHING_YET, null, false),
                clock.instant()))
        .isFalse();

    assertThat(outcomes.find(question, "U0ALICE")).contains(first);
  }

  @Test
  void onlyTheMemberAskedAndOnlyAfterAYes() {
    Map<String, Long> asked = introducedAndAsked("U0ALICE", "U0BOB");
    long alices = asked.get("U0ALICE");
    long bobs = asked.get("U0BOB");
    questions.answer(bobs, "U0BOB", MeetingAnswer.NOT_YET, clock.instant());
    OutcomeAnswer answer = new OutcomeAnswer(OutcomeKind.SHARED_IDEAS, null, false);

    assertThat(outcomes.record(alices, "U0ALICE", answer, clock.instant())).isFalse();
    assertThat(outcomes.record(bobs, "U0BOB", answer, clock.instant())).isFalse();
    questions.answer(alices, "U0ALICE", MeetingAnswer.YES, clock.instant());
    assertThat(outcomes.record(alices, "U0BOB", answer, clock.instant())).isFalse();
    assertThat(outcomes.record(999_999, "U0ALICE", answer, clock.instant())).isFalse();

    assertThat(outcomes.find(alices, "U0BOB")).isEmpty();
    assertThat(outcomes.find(alices, "U0ALICE")).isEmpty();
    assertThat(outcomes.counts(clock.instant(), clock.instant().plusSeconds(1)))
        .extracting(KindCount::count)
        .containsOnly(0);
  }

  @Test
  void countsEveryKindWithinTheRangeZerosIncluded() {
    Map<String, Long> first = metAndSaidYes("U0ALICE", "U0BOB");
    Instant from = clock.instant();
    record(first.get("U0ALICE"), "U0ALICE", OutcomeKind.WORKING_TOGETHER, STORY, true);
    record(first.get("U0BOB"), "U0BOB", OutcomeKind.WORKING_TOGETHER, null, false);
    clock.advance(Duration.ofDays(7));
    Map<String, Long> second = metAndSaidYes("U0CAROL", "U0DAN");
    record(second.get("U0CAROL"), "U0CAROL", OutcomeKind.NOTHING_YET, null, false);
    Instant until = clock.instant();

    assertThat(outcomes.counts(from, until.plusSeconds(1)))
        .containsExactly(
            new KindCount(OutcomeKind.NOTHING_YET, 1),
            new KindCount(OutcomeKind.SHARED_IDEAS, 0),
            new KindCount(OutcomeKind.WORKING_TOGETHER, 2),
            new KindCount(OutcomeKind.CHANGED_PRACTICE, 0));
    assertThat(outcomes.counts(from, until))
        .extracting(KindCount::count)
        .containsExactly(0, 0, 2, 0);
  }

  @Test
  void onlySharedStoriesAreListedNewestFirstWithSectorsAndNoNames() {
    Map<String, Long> first = metAndSaidYes("U0ALICE", "U0BOB");
    sector("U0BOB", Sector.VCFSE);
    record(first.get("U0ALICE"), "U0ALICE", OutcomeKind.WORKING_TOGETHER, STORY, true);
    record(first.get("U0BOB"), "U0BOB", OutcomeKind.SHARED_IDEAS, "Kept to myself.", false);
    Instant earlier = clock.instant();
    clock.advance(Duration.ofDays(1));
    Map<String, Long> second = metAndSaidYes("U0CAROL", "U0DAN");
    sector("U0CAROL", Sector.NHS_HEALTH);
    record(second.get("U0CAROL"), "U0CAROL", OutcomeKind.CHANGED_PRACTICE, "We changed.", true);

    List<SharedStory> stories =
        outcomes.sharedStories(earlier.minusSeconds(1), clock.instant().plusSeconds(1));

    assertThat(stories)
        .extracting(
            SharedStory::story,
            SharedStory::sector,
            SharedStory::otherSector,
            SharedStory::answeredAt)
        .containsExactly(
            tuple("We changed.", Sector.NHS_HEALTH, Sector.LOCAL_AUTHORITY, clock.instant()),
            tuple(STORY, Sector.LOCAL_AUTHORITY, Sector.VCFSE, earlier));
    assertThat(outcomes.sharedStories(clock.instant().minusSeconds(1), clock.instant())).isEmpty();
  }

  @Test
  void aStoryKeepsItsSectorsWhenTheOtherMemberLeaves() {
    Map<String, Long> asked = metAndSaidYes("U0ALICE", "U0BOB");
    sector("U0BOB", Sector.HOUSING);
    record(asked.get("U0ALICE"), "U0ALICE", OutcomeKind.SHARED_IDEAS, STORY, true);

    new MemberDataEraser(jdbi, clock).erase("U0BOB");

    assertThat(outcomes.sharedStories(Instant.EPOCH, clock.instant().plusSeconds(1)))
        .singleElement()
        .satisfies(story -> assertThat(story.otherSector()).isEqualTo(Sector.HOUSING));
  }

  @Test
  void erasureDeletesTheStoryAndKeepsOnlyTheKindCounted() {
    Map<String, Long> asked = metAndSaidYes("U0ALICE", "U0BOB");
    record(asked.get("U0ALICE"), "U0ALICE", OutcomeKind.WORKING_TOGETHER, STORY, true);

    new MemberDataEraser(jdbi, clock).erase("U0ALICE");

    assertThat(outcomes.sharedStories(Instant.EPOCH, clock.instant().plusSeconds(1))).isEmpty();
    assertThat(outcomes.counts(Instant.EPOCH, clock.instant().plusSeconds(1)))
        .contains(new KindCount(OutcomeKind.WORKING_TOGETHER, 1));
    assertThat(storedText()).isEmpty();
  }

  @Test
  void aMembersOutcomeAnswersAreInTheirExport() {
    Map<String, Long> asked = metAndSaidYes("U0ALICE", "U0BOB");
    record(asked.get("U0ALICE"), "U0ALICE", OutcomeKind.WORKING_TOGETHER, STORY, false);

    assertThat(new MemberDataExport(jdbi).collect("U0ALICE").get("meeting_outcomes"))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row)
                  .containsEntry("week", "W2970")
                  .containsEntry("kind", "WORKING_TOGETHER")
                  .containsEntry("story", STORY)
                  .containsEntry("shareable", false)
                  .containsEntry("answered_at", clock.instant().toString());
            });
    assertThat(new MemberDataExport(jdbi).collect("U0BOB").get("meeting_outcomes")).isEmpty();
  }

  @Test
  void retentionRemovesTheStoriesOfAnonymisedRoundsAndKeepsTheirKinds() {
    Map<String, Long> asked = metAndSaidYes("U0ALICE", "U0BOB");
    record(asked.get("U0ALICE"), "U0ALICE", OutcomeKind.CHANGED_PRACTICE, STORY, true);
    Instant answered = clock.instant();
    clock.advance(Duration.ofDays(25 * 31));

    RoundRetention.Anonymised done = new RoundRetention(jdbi, clock).anonymiseOlderThan(24);

    assertThat(done.outcomes()).isEqualTo(1);
    assertThat(outcomes.sharedStories(Instant.EPOCH, clock.instant())).isEmpty();
    assertThat(outcomes.counts(answered, answered.plusSeconds(1)))
        .contains(new KindCount(OutcomeKind.CHANGED_PRACTICE, 1));
    assertThat(storedText()).isEmpty();
    assertThat(new RoundRetention(jdbi, clock).anonymiseOlderThan(24).outcomes()).isZero();
  }

  /** The two introduced in a round, asked "Did you meet?", and both said yes. */
  private Map<String, Long> metAndSaidYes(String a, String b) {
    Map<String, Long> asked = introducedAndAsked(a, b);
    asked.forEach((user, question) -> questions.answer(question, user, MeetingAnswer.YES, at()));
    return asked;
  }

  private Map<String, Long> introducedAndAsked(String a, String b) {
    Round round = stored.delivered(nextWeek++, List.of(pair(stored.member(a), stored.member(b))));
    RoundStore rounds = new RoundStore(jdbi);
    rounds.markIntroduced(rounds.pairs(round.id()).get(0).id(), at(), "G0" + a);
    List<MeetingQuestion> asked =
        questions.askFirst(at().minusSeconds(1), at().plusSeconds(1), at());
    return Map.of(
        a,
        asked.stream().filter(q -> q.userId().equals(a)).findFirst().orElseThrow().id(),
        b,
        asked.stream().filter(q -> q.userId().equals(b)).findFirst().orElseThrow().id());
  }

  private void record(
      long question, String userId, OutcomeKind kind, String story, boolean shareable) {
    assertThat(
            outcomes.record(
                question, userId, new OutcomeAnswer(kind, story, shareable), clock.instant()))
        .isTrue();
  }

  private void sector(String userId, Sector sector) {
    jdbi.useHandle(
        h -> h.execute("UPDATE member SET sector = ? WHERE user_id = ?", sector.name(), userId));
  }

  /** Stories and sectors still held in any outcome row. */
  private List<String> storedText() {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT COALESCE(story, sector, other_sector) FROM meeting_outcome"
                        + " WHERE story IS NOT NULL OR sector IS NOT NULL"
                        + " OR other_sector IS NOT NULL")
                .mapTo(String.class)
                .list());
  }

  private Instant at() {
    return clock.instant();
  }
}
