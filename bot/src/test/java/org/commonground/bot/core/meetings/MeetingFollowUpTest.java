package org.commonground.bot.core.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.storage.testing.StoredRounds.pair;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.commonground.bot.slack.OwnMessages;
import org.commonground.bot.slack.Poster;
import org.commonground.bot.slack.meetings.SlackMeetingMessages;
import org.commonground.bot.testing.FakeSlack;
import org.commonground.bot.testing.SlackCall;
import org.commonground.bot.testing.VisibleText;
import org.commonground.storage.messages.SentMessages;
import org.commonground.storage.rounds.MeetingAnswer;
import org.commonground.storage.rounds.MeetingQuestion;
import org.commonground.storage.rounds.MeetingQuestions;
import org.commonground.storage.rounds.Round;
import org.commonground.storage.rounds.RoundStore;
import org.commonground.storage.testing.MutableClock;
import org.commonground.storage.testing.StoredRounds;
import org.commonground.storage.testing.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The daily "Did you meet?" run, driven by hand with a clock moved by hand. */
class MeetingFollowUpTest {

  @RegisterExtension final TestDatabase db = TestDatabase.h2();

  private final FakeSlack fakeSlack = new FakeSlack();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
  private Slack slack;
  private Jdbi jdbi;
  private StoredRounds stored;
  private MeetingFollowUp followUp;

  /** The questions a yes was followed up from, by asking what came of it. */
  private final List<MeetingQuestion> met = new CopyOnWriteArrayList<>();

  @BeforeEach
  void setUp() {
    jdbi = db.database().jdbi();
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(fakeSlack.apiUrl());
    slack = Slack.getInstance(config);
    MethodsClient client = slack.methods("xoxb-test");
    OwnMessages messages = new OwnMessages(new SentMessages(jdbi, clock), new Poster(client));
    followUp =
        new MeetingFollowUp(
            new MeetingQuestions(jdbi),
            new SlackMeetingMessages(messages),
            met::add,
            Runnable::run,
            clock);
    stored = new StoredRounds(jdbi, clock);
  }

  @AfterEach
  void tearDown() throws Exception {
    slack.close();
    fakeSlack.close();
  }

  @Test
  void eachOfThePairIsAskedOnceAWeekAfterTheirIntroduction() {
    introducePair("U0ALICE", "U0BOB");

    clock.advance(Duration.ofDays(6));
    followUp.run();
    assertThat(questions()).isEmpty();

    clock.advance(Duration.ofDays(1));
    followUp.run();
    followUp.run();

    assertThat(questions()).extracting(c -> c.param("channel")).containsExactly("U0ALICE", "U0BOB");
    SlackCall toAlice = questions().get(0);
    assertThat(toAlice.param("text")).isEqualTo("Did you meet <@U0BOB>?");
    assertThat(VisibleText.of(toAlice.param("blocks")))
        .contains("A week ago we introduced you to <@U0BOB>", "Yes", "Not yet", "No");
  }

  @Test
  void notYetIsAskedOnceMoreThreeDaysLater() {
    introducePair("U0ALICE", "U0BOB");
    clock.advance(MeetingFollowUp.ASK_AFTER);
    followUp.run();
    answer("U0ALICE", MeetingAnswer.NOT_YET);

    clock.advance(Duration.ofDays(2));
    followUp.run();
    assertThat(questions()).hasSize(2);
    clock.advance(Duration.ofDays(1));
    followUp.run();

    SlackCall again = questions().get(2);
    assertThat(again.param("channel")).isEqualTo("U0ALICE");
    assertThat(VisibleText.of(again.param("blocks"))).contains("you hadn't met <@U0BOB> yet");
    answer("U0ALICE", MeetingAnswer.NOT_YET);
    clock.advance(Duration.ofDays(4));
    followUp.run();
    assertThat(questions()).hasSize(3);
  }

  @Test
  void introductionsLongPastAreNotAskedAbout() {
    introducePair("U0ALICE", "U0BOB");
    clock.advance(MeetingFollowUp.ASK_AFTER.plus(MeetingFollowUp.TOO_LATE).plusDays(1));

    followUp.run();

    assertThat(questions()).isEmpty();
  }

  @Test
  void anAnswerThanksInPlaceOfTheButtonsAndASecondChangesNothing() {
    introducePair("U0ALICE", "U0BOB");
    clock.advance(MeetingFollowUp.ASK_AFTER);
    followUp.run();

    answer("U0ALICE", MeetingAnswer.YES);
    answer("U0ALICE", MeetingAnswer.NO);
    answer("U0BOB", MeetingAnswer.NO, question("U0ALICE"));

    SlackCall update = fakeSlack.awaitCall("chat.update");
    assertThat(update.param("channel")).isEqualTo("D0ALICE");
    assertThat(update.param("ts")).isEqualTo(fakeSlack.landed(questions().get(0)).ts());
    assertThat(VisibleText.of(update.param("blocks")))
        .contains("Did you meet <@U0BOB>?", "Glad you met")
        .doesNotContain("Not yet");
    assertThat(fakeSlack.calls("chat.update")).hasSize(1);
    assertThat(feedback().find(question("U0ALICE")).orElseThrow().answer())
        .isEqualTo(MeetingAnswer.YES);
  }

  @Test
  void onlyAYesIsFollowedByAskingWhatCameOfItAndOnlyOnce() {
    introducePair("U0ALICE", "U0BOB");
    clock.advance(MeetingFollowUp.ASK_AFTER);
    followUp.run();

    answer("U0ALICE", MeetingAnswer.YES);
    answer("U0ALICE", MeetingAnswer.YES);
    followUp.answerInPlace("U0ALICE", question("U0ALICE"), MeetingAnswer.YES);
    answer("U0BOB", MeetingAnswer.NOT_YET);

    assertThat(met).extracting(MeetingQuestion::userId).containsExactly("U0ALICE");
  }

  @Test
  void aYesPressedInPlaceIsFollowedUpToo() {
    introducePair("U0ALICE", "U0BOB");
    clock.advance(MeetingFollowUp.ASK_AFTER);
    followUp.run();

    followUp.answerInPlace("U0BOB", question("U0ALICE"), MeetingAnswer.YES);
    followUp.answerInPlace("U0BOB", question("U0BOB"), MeetingAnswer.NO);
    assertThat(met).isEmpty();
    followUp.answerInPlace("U0ALICE", question("U0ALICE"), MeetingAnswer.YES);

    assertThat(met).extracting(MeetingQuestion::userId).containsExactly("U0ALICE");
  }

  private void introducePair(String a, String b) {
    Round round = stored.delivered(2970, List.of(pair(stored.member(a), stored.member(b))));
    RoundStore rounds = new RoundStore(jdbi);
    rounds.markIntroduced(rounds.pairs(round.id()).get(0).id(), clock.instant(), "G0PAIR");
  }

  private void answer(String userId, MeetingAnswer answer) {
    answer(userId, answer, question(userId));
  }

  private void answer(String userId, MeetingAnswer answer, long questionId) {
    clock.advance(Duration.ofSeconds(1));
    followUp.answer(userId, questionId, answer);
  }

  private long question(String userId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT f.id FROM meeting_feedback f JOIN member m ON m.id = f.member_id"
                        + " WHERE m.user_id = :user")
                .bind("user", userId)
                .mapTo(Long.class)
                .one());
  }

  private MeetingQuestions feedback() {
    return new MeetingQuestions(jdbi);
  }

  private List<SlackCall> questions() {
    return fakeSlack.calls("chat.postMessage");
  }
}
