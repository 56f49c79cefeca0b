package org.commonground.bot.slack.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.storage.testing.StoredRounds.pair;

import com.google.gson.JsonObject;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import java.util.List;
import org.commonground.bot.core.meetings.MeetingFollowUp;
import org.commonground.bot.slack.OwnMessages;
import org.commonground.bot.slack.Poster;
import org.commonground.bot.testing.ButtonClick;
import org.commonground.bot.testing.FakeSlack;
import org.commonground.bot.testing.Members;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.SlackCall;
import org.commonground.bot.testing.VisibleText;
import org.commonground.storage.messages.SentMessages;
import org.commonground.storage.rounds.MeetingAnswer;
import org.commonground.storage.rounds.MeetingQuestions;
import org.commonground.storage.rounds.Round;
import org.commonground.storage.rounds.RoundStore;
import org.commonground.storage.rounds.StoredAnswers;
import org.commonground.storage.testing.StoredRounds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** "Did you meet?" answered by clicking in the DM, and the outcome in {@code /digest status}. */
class DidYouMeetFlowTest {

  @RegisterExtension final RunningApp app = new RunningApp().with("ADMIN_USER_IDS", Members.ADMIN);

  private static final String TS = "1717000000.000001";

  private Slack slack;

  @BeforeEach
  void askThePair() {
    StoredRounds stored = new StoredRounds(app.jdbi(), app.clock());
    Round round =
        stored.delivered(2970, List.of(pair(stored.member("U0ALICE"), stored.member("U0BOB"))));
    RoundStore rounds = new RoundStore(app.jdbi());
    long pairId = rounds.pairs(round.id()).get(0).id();
    rounds.markIntroduced(pairId, app.clock().instant(), "G0PAIR");
    app.clock().advance(MeetingFollowUp.ASK_AFTER);
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(app.slack().apiUrl());
    slack = Slack.getInstance(config);
    MethodsClient client = slack.methods(RunningApp.BOT_TOKEN);
    OwnMessages messages =
        new OwnMessages(new SentMessages(app.jdbi(), app.clock()), new Poster(client));
    new MeetingFollowUp(
            new MeetingQuestions(app.jdbi()),
            new SlackMeetingMessages(messages),
            question -> {},
            Runnable::run,
            app.clock())
        .run();
    app.slack().awaitCalls("chat.postMessage", DidYouMeetFlowTest::isQuestion, 2);
  }

  @AfterEach
  void closeSlack() throws Exception {
    slack.close();
  }

  @Test
  void answeringThanksInPlaceOfTheButtons() {
    click("U0ALICE", DidYouMeetMessage.YES_ACTION, question("U0ALICE"));

    SlackCall update = app.slack().awaitCall("chat.update");
    assertThat(update.param("channel")).isEqualTo("D0ALICE");
    assertThat(update.param("ts")).isEqualTo(app.slack().landed(question("U0ALICE")).ts());
    assertThat(VisibleText.of(update.param("blocks")))
        .contains("Did you meet <@U0BOB>?", "Glad you met")
        .doesNotContain("Not yet");
    assertThat(answerOf("U0ALICE")).isEqualTo(MeetingAnswer.YES);
  }

  @Test
  void aSecondAnswerOrSomeoneElsesClickChangesNothing() {
    click("U0ALICE", DidYouMeetMessage.NO_ACTION, question("U0ALICE"));
    click("U0ALICE", DidYouMeetMessage.YES_ACTION, question("U0ALICE"));
    click("U0BOB", DidYouMeetMessage.YES_ACTION, question("U0ALICE"));

    assertThat(answerOf("U0ALICE")).isEqualTo(MeetingAnswer.NO);
    assertThat(answerOf("U0BOB")).isNull();
    assertThat(app.slack().awaitCall("chat.update").param("blocks")).contains("Thanks for telling");
  }

  @Test
  void anAnswerNamingSomeoneElsesQuestionUpdatesOnlyTheClickersOwn() {
    FakeSlack.Landed bobs = app.slack().landed(question("U0BOB"));
    JsonObject bobsBefore = app.slack().message(bobs);
    String alicesQuestion = ButtonClick.valueOf(question("U0ALICE"), DidYouMeetMessage.YES_ACTION);

    app.requests()
        .interaction(
            ButtonClick.forged("U0ALICE", DidYouMeetMessage.YES_ACTION, alicesQuestion, bobs));

    SlackCall update = app.slack().awaitCall("chat.update");
    assertThat(update.param("channel")).isEqualTo("D0ALICE");
    assertThat(update.param("ts")).isEqualTo(app.slack().landed(question("U0ALICE")).ts());
    assertThat(update.param("blocks")).doesNotContain("evil.example").contains("Glad you met");
    assertThat(app.slack().message(bobs)).isEqualTo(bobsBefore);
    assertThat(app.slack().calls("chat.update")).hasSize(1);
  }

  @Test
  void adminsSeeHowIntroductionsTurnedOut() {
    click("U0ALICE", DidYouMeetMessage.NOT_YET_ACTION, question("U0ALICE"));

    String status = Members.command(app, "/digest", "status", Members.ADMIN);

    assertThat(status)
        .contains("Introductions made: *1* · met: *0* · not yet: *1* · didn't meet: *0*");
  }

  private void click(String userId, String actionId, SlackCall question) {
    // The question's id, as every one of its buttons carries it.
    String value = question.param("blocks").replaceAll("(?s).*\"value\":\"(\\d+)\".*", "$1");
    var response =
        app.requests()
            .interaction(
                ButtonClick.of(userId, actionId, value, question, "D" + userId.substring(1), TS));
    assertThat(response.statusCode()).isEqualTo(200);
  }

  /**
   * The "Did you meet?" DM to {@code userId}. The pair were stored on an earlier privacy notice, so
   * the app may also ask them to agree to the current one, at a moment of its own.
   */
  private SlackCall question(String userId) {
    return app.slack().calls("chat.postMessage").stream()
        .filter(c -> userId.equals(c.param("channel")))
        .filter(DidYouMeetFlowTest::isQuestion)
        .findFirst()
        .orElseThrow();
  }

  private static boolean isQuestion(SlackCall call) {
    return call.param("blocks") != null
        && call.param("blocks").contains(DidYouMeetMessage.YES_ACTION);
  }

  private MeetingAnswer answerOf(String userId) {
    return new StoredAnswers(app.jdbi())
        .meetingOutcomes(userId).stream().map(o -> o.answer()).findFirst().orElse(null);
  }
}
