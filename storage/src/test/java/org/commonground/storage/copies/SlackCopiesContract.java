package org.commonground.storage.copies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.commonground.storage.testing.StoredRounds.pair;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.commonground.storage.privacy.MemberDataEraser;
import org.commonground.storage.rounds.Answer;
import org.commonground.storage.rounds.Deliveries;
import org.commonground.storage.rounds.MatchAnswers;
import org.commonground.storage.rounds.Round;
import org.commonground.storage.rounds.RoundMember;
import org.commonground.storage.rounds.RoundStore;
import org.commonground.storage.testing.EveryTextColumn;
import org.commonground.storage.testing.MutableClock;
import org.commonground.storage.testing.StoredRounds;
import org.commonground.storage.testing.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the app put in Slack and will remove; run on H2 and on PostgreSQL by the subclasses. */
abstract class SlackCopiesContract {

  private static final String LEAVER = "U0LEAVER";
  private static final String TEAMS_LEAVER = "6b2f1c3e-0d4a-4e5f-9a8b-7c6d5e4f3a2b";
  private static final String SERVICE_URL = "https://smba.trafficmanager.net/uk/";

  /** Teams' personal chat ids run past 100 characters. */
  private static final String TEAMS_CHAT = "a:1" + "x".repeat(120);

  @RegisterExtension final TestDatabase db = newDatabase();

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
  private Jdbi jdbi;
  private SlackCopies copies;
  private StoredRounds rounds;

  abstract TestDatabase newDatabase();

  @BeforeEach
  void setUp() {
    jdbi = db.database().jdbi();
    copies = new SlackCopies(jdbi, clock);
    rounds = new StoredRounds(jdbi, clock);
  }

  @Test
  void anExportIsDueADayAfterItWasSent() {
    copies.exportUploaded(copies.exportStarting(LEAVER), "F0EXPORT");

    clock.advance(SlackCopies.EXPORT_LIFETIME.minusMinutes(1));
    assertThat(copies.due(10)).isEmpty();
    clock.advance(Duration.ofMinutes(1));
    assertThat(copies.due(10))
        .extracting(SlackCopy::kind, SlackCopy::fileId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(SlackCopy.Kind.EXPORT_FILE, "F0EXPORT"));
  }

  @Test
  void anExportMessageInTeamsIsDueADayAfterItWasSentWithWhereToDeleteIt() {
    copies.exportMessageSent(TEAMS_LEAVER, SERVICE_URL, TEAMS_CHAT, "1732352400000");

    clock.advance(SlackCopies.EXPORT_LIFETIME.minusMinutes(1));
    assertThat(copies.due(10)).isEmpty();
    clock.advance(Duration.ofMinutes(1));
    assertThat(copies.due(10))
        .extracting(SlackCopy::kind, SlackCopy::serviceUrl, SlackCopy::channel, SlackCopy::ts)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                SlackCopy.Kind.EXPORT_MESSAGE, SERVICE_URL, TEAMS_CHAT, "1732352400000"));
  }

  @Test
  void exportMessagesInTeamsAreDueAtOnceWhenTheyLeaveWithoutNamingThem() {
    copies.exportMessageSent(TEAMS_LEAVER, SERVICE_URL, TEAMS_CHAT, "1732352400000");
    copies.exportMessageSent(TEAMS_LEAVER, SERVICE_URL, TEAMS_CHAT, "1732352400001");

    MemberDataEraser.Erased erased = new MemberDataEraser(jdbi, clock).erase(TEAMS_LEAVER);

    assertThat(copies.find(erased.slackCopyIds()))
        .extracting(SlackCopy::kind, SlackCopy::ts, SlackCopy::fileId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                SlackCopy.Kind.EXPORT_MESSAGE, "1732352400000", null),
            org.assertj.core.groups.Tuple.tuple(
                SlackCopy.Kind.EXPORT_MESSAGE, "1732352400001", null));
    assertThat(copies.due(10)).hasSize(2);
    assertThat(EveryTextColumn.containing(jdbi, TEAMS_LEAVER)).isEmpty();
  }

  @Test
  void anExportMessageMustSayWhereItIs() {
    assertThatThrownBy(
            () ->
                jdbi.useHandle(
                    h ->
                        h.execute(
                            "INSERT INTO slack_copy (kind, user_id, channel, message_ts,"
                                + " created_at) VALUES ('EXPORT_MESSAGE', ?, ?, '1', ?)",
                            TEAMS_LEAVER,
                            TEAMS_CHAT,
                            clock.instant())))
        .hasMessageContaining("slack_copy_points_somewhere");
  }

  @Test
  void anIntroCardStaysUntilTheMemberLeavesThenIsDueWithoutNamingThem() {
    rounds.member(LEAVER);
    copies.recordIntroCard(LEAVER, "C0INTROS", "1717000000.000001");
    copies.exportUploaded(copies.exportStarting(LEAVER), "F0EXPORT");
    clock.advance(Duration.ofDays(3 * 365));
    assertThat(copies.due(10))
        .extracting(SlackCopy::kind)
        .containsExactly(SlackCopy.Kind.EXPORT_FILE);
    copies.done(copies.due(10).get(0).id());

    MemberDataEraser.Erased erased = new MemberDataEraser(jdbi, clock).erase(LEAVER);

    List<SlackCopy> due = copies.find(erased.slackCopyIds());
    assertThat(due)
        .extracting(SlackCopy::kind, SlackCopy::channel, SlackCopy::ts)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                SlackCopy.Kind.INTRO_CARD, "C0INTROS", "1717000000.000001"));
    assertThat(copies.due(10)).isEqualTo(due);
    assertThat(EveryTextColumn.containing(jdbi, LEAVER)).isEmpty();
  }

  @Test
  void erasureMarksThisWeeksDigestsStillWaitingOnThemForRedrawing() {
    long leaver = rounds.member(LEAVER);
    long waiting = rounds.member("U0WAITING");
    long keen = rounds.member("U0KEEN");
    long passed = rounds.member("U0PASSED");
    rounds.delivered(1, List.of(pair(leaver, waiting)));
    Round thisWeek =
        rounds.delivered(
            2, List.of(pair(leaver, waiting), pair(keen, leaver), pair(leaver, passed)));
    List<Long> pairs = new RoundStore(jdbi).pairs(thisWeek.id()).stream().map(p -> p.id()).toList();
    MatchAnswers answers = new MatchAnswers(jdbi, clock);
    answers.answer(pairs.get(1), keen, Answer.INTRO_ME);
    answers.answer(pairs.get(2), passed, Answer.NOT_FOR_ME);

    MemberDataEraser.Erased erased = new MemberDataEraser(jdbi, clock).erase(LEAVER);

    RoundStore stored = new RoundStore(jdbi);
    RoundMember waitingDigest = stored.member(thisWeek.id(), waiting).orElseThrow();
    RoundMember keenDigest = stored.member(thisWeek.id(), keen).orElseThrow();
    assertThat(copies.find(erased.slackCopyIds()))
        .extracting(SlackCopy::kind, SlackCopy::roundMemberId, SlackCopy::channel, SlackCopy::ts)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                SlackCopy.Kind.DIGEST, waitingDigest.id(), "D" + waiting, "1.1"),
            org.assertj.core.groups.Tuple.tuple(
                SlackCopy.Kind.DIGEST, keenDigest.id(), "D" + keen, "1.1"));
  }

  @Test
  void aDigestBeingPostedWhenTheyLeaveIsDueAndGetsItsPlaceOnceItLands() {
    long leaver = rounds.member(LEAVER);
    long waiting = rounds.member("U0WAITING");
    Round thisWeek = rounds.stored(1, List.of(pair(leaver, waiting)));
    RoundMember waitingDigest = new RoundStore(jdbi).member(thisWeek.id(), waiting).orElseThrow();
    Deliveries deliveries = new Deliveries(jdbi);
    assertThat(deliveries.claim(waitingDigest, clock.instant())).isTrue();

    MemberDataEraser.Erased erased = new MemberDataEraser(jdbi, clock).erase(LEAVER);

    assertThat(copies.find(erased.slackCopyIds()))
        .extracting(SlackCopy::kind, SlackCopy::channel, SlackCopy::deliveryUnderWay)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(SlackCopy.Kind.DIGEST, null, true));
    deliveries.markSent(waitingDigest.id(), "D0WAITING", "1.2", clock.instant());
    assertThat(copies.find(erased.slackCopyIds()))
        .extracting(SlackCopy::channel, SlackCopy::ts, SlackCopy::deliveryUnderWay)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("D0WAITING", "1.2", false));
  }

  @Test
  void anExportStillOnItsWayWhenTheyLeaveIsDueAndGetsItsFileAfterwards() {
    long export = copies.exportStarting(LEAVER);

    MemberDataEraser.Erased erased = new MemberDataEraser(jdbi, clock).erase(LEAVER);
    copies.exportUploaded(export, "F0EXPORT");

    assertThat(erased.slackCopyIds()).containsExactly(export);
    assertThat(copies.due(10)).extracting(SlackCopy::fileId).containsExactly("F0EXPORT");
    assertThat(EveryTextColumn.containing(jdbi, LEAVER)).isEmpty();
  }

  @Test
  void aFailedRemovalWaitsItsTurnAndCountsTheAttempt() {
    copies.exportUploaded(copies.exportStarting(LEAVER), "F0EXPORT");
    clock.advance(SlackCopies.EXPORT_LIFETIME);
    long id = copies.due(10).get(0).id();

    copies.retryLater(id, "ratelimited", Duration.ofMinutes(10));

    assertThat(copies.due(10)).isEmpty();
    clock.advance(Duration.ofMinutes(10));
    assertThat(copies.due(10)).extracting(SlackCopy::attempts).containsExactly(1);
    copies.done(id);
    assertThat(copies.due(10)).isEmpty();
    assertThat(copies.find(List.of(id))).isEmpty();
  }
}
