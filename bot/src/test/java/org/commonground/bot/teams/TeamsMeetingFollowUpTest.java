package org.commonground.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.commonground.bot.core.meetings.MeetingFollowUp;
import org.commonground.bot.slack.OwnMessages;
import org.commonground.bot.slack.Poster;
import org.commonground.bot.slack.digest.DigestMessage;
import org.commonground.bot.slack.meetings.DidYouMeetMessage;
import org.commonground.bot.slack.meetings.SlackMeetingMessages;
import org.commonground.bot.teams.cards.CardIds;
import org.commonground.bot.teams.meetings.MixedMeetingMessages;
import org.commonground.bot.testing.ButtonClick;
import org.commonground.bot.testing.CardText;
import org.commonground.bot.testing.Eventually;
import org.commonground.bot.testing.FakeSlack;
import org.commonground.bot.testing.Network;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.SlackCall;
import org.commonground.bot.testing.TeamsClient;
import org.commonground.bot.testing.TeamsPerson;
import org.commonground.bot.testing.TestPaces;
import org.commonground.bot.testing.VisibleText;
import org.commonground.storage.messages.SentMessages;
import org.commonground.storage.rounds.MeetingAnswer;
import org.commonground.storage.rounds.MeetingQuestions;
import org.commonground.storage.rounds.RoundPair;
import org.commonground.storage.rounds.RoundStore;
import org.commonground.storage.rounds.StoredAnswers;
import org.commonground.storage.teams.TeamsUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Did you meet?" a week after a Slack member and a Teams member were introduced: each is asked on
 * their own platform, and the Teams member's answer is recorded and shown in place of the buttons.
 */
class TeamsMeetingFollowUpTest {

  private static final String ADMIN = "U0ADMIN";

  @RegisterExtension
  final RunningApp app =
      new RunningApp()
          .withTeams()
          .with("ADMIN_USER_IDS", ADMIN)
          .with("DIGEST_MESSAGES_PER_MINUTE", "60000");

  private TeamsClient teams;
  private TeamsPerson tom;
  private Slack slack;

  @BeforeEach
  void aWeekAfterTheyWereIntroduced() {
    teams = app.teams();
    new Network(app).introduce("U0ALICE", "Wirral Council", "LOCAL_AUTHORITY", 0, 1);
    tom = teams.person("Tom Teams", "tom.teams@nhs.example");
    teams.send(teams.installation(tom));
    teams.connector().awaitActivities(tom.conversationId(), 1);
    ProfileInputs.introduce(app, tom);
    app.slack().awaitCalls("chat.postMessage", 1);
    app.requests().slashCommand("/digest", "run", ADMIN);
    SlackCall digest =
        app.slack().awaitCalls("chat.postMessage", c -> c.param("metadata") != null, 1).get(0);
    teams.connector().awaitActivities(tom.conversationId(), 2);
    bothSayIntroMe(digest);

    app.clock().advance(Duration.ofDays(7));
    followUp().run();
  }

  @AfterEach
  void closeSlack() throws Exception {
    slack.close();
  }

  @Test
  void theTeamsMemberIsAskedWithACardAndTheSlackMemberInSlackNamingNobodyByAnId() {
    String card = CardText.of(TeamsInstallTest.card(question()));
    assertThat(card)
        .contains("A week ago we introduced you to a member on Slack.", "Did you meet", "Yes")
        .contains("Not yet", "No");

    SlackCall toAlice = slackQuestion();
    assertThat(toAlice.param("text")).isEqualTo("Did you meet a member on Teams?");
    assertThat(VisibleText.of(toAlice.param("blocks")))
        .contains("A week ago we introduced you to a member on Teams", "Yes", "Not yet")
        .doesNotContain(tom.userId());
    assertThat(app.slack().appCalls()).noneMatch(this::addressesTom);
  }

  @Test
  void theTeamsAnswerIsRecordedAndTheCardShowsItInPlaceOfTheButtons() {
    HttpResponse<String> pressed =
        teams.send(teams.execute(tom, CardIds.MET_YES_VERB, questionData(question())));

    String answered = CardText.of(TeamsClient.answeredCard(pressed));
    assertThat(answered)
        .contains("Did you meet a member on Slack?", "Glad you met")
        .doesNotContain("Not yet");
    assertThat(answerOf(tom.userId())).isEqualTo(MeetingAnswer.YES);
    assertThat(answerOf("U0ALICE")).isNull();
    assertThat(app.slack().calls("chat.update")).noneMatch(this::addressesTom);
  }

  @Test
  void pressingOnSomeoneElsesQuestionChangesNothing() {
    JsonObject alices = new JsonObject();
    alices.addProperty(CardIds.QUESTION_ID, questionIdOf(slackQuestion()));

    HttpResponse<String> pressed = teams.send(teams.execute(tom, CardIds.MET_NO_VERB, alices));

    assertThat(pressed.body()).contains("isn't one of yours");
    assertThat(answerOf("U0ALICE")).isNull();
    assertThat(answerOf(tom.userId())).isNull();
  }

  /** The follow-up as the app composes it with Teams on; it runs daily, so a test runs it. */
  private MeetingFollowUp followUp() {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(app.slack().apiUrl());
    slack = Slack.getInstance(config);
    SentMessages sent = new SentMessages(app.jdbi(), app.clock());
    OwnMessages own = new OwnMessages(sent, new Poster(slack.methods(RunningApp.BOT_TOKEN)));
    MixedMeetingMessages messages =
        new MixedMeetingMessages(
            new SlackMeetingMessages(own),
            new TeamsUsers(app.jdbi(), app.clock()),
            TeamsAdapter.connector(
                TeamsAdapter.tokens(app.settings().teams().orElseThrow(), app.clock()),
                TestPaces.teams()),
            sent);
    return new MeetingFollowUp(
        new MeetingQuestions(app.jdbi()), messages, question -> {}, Runnable::run, app.clock());
  }

  private void bothSayIntroMe(SlackCall digest) {
    long pairId = pair().id();
    JsonObject data = new JsonObject();
    data.addProperty(CardIds.PAIR_ID, pairId);
    teams.send(teams.execute(tom, CardIds.INTRO_ME_VERB, data));
    FakeSlack.Landed landed = app.slack().landed(digest);
    app.requests()
        .interaction(
            ButtonClick.of(
                "U0ALICE",
                DigestMessage.INTRO_ME_ACTION,
                Long.toString(pairId),
                digest,
                landed.channel(),
                landed.ts()));
    Eventually.until("the pair introduced", () -> pair().introducedAt() != null);
  }

  /** The activity in Tom's chat that asks him, once it has arrived. */
  private JsonObject question() {
    Eventually.until("Tom asked", () -> questions().size() == 1);
    return questions().get(0);
  }

  private List<JsonObject> questions() {
    return teams.connector().activities(tom.conversationId()).stream()
        .filter(a -> a.has("attachments"))
        .filter(a -> CardText.of(TeamsInstallTest.card(a)).contains("Did you meet"))
        .toList();
  }

  private SlackCall slackQuestion() {
    return app.slack()
        .awaitCalls(
            "chat.postMessage",
            c ->
                "U0ALICE".equals(c.param("channel"))
                    && c.param("blocks") != null
                    && c.param("blocks").contains(DidYouMeetMessage.YES_ACTION),
            1)
        .get(0);
  }

  private static JsonObject questionData(JsonObject activity) {
    return TeamsInstallTest.card(activity)
        .getAsJsonArray("actions")
        .get(0)
        .getAsJsonObject()
        .getAsJsonObject("data");
  }

  private static String questionIdOf(SlackCall question) {
    return question.param("blocks").replaceAll("(?s).*\"value\":\"(\\d+)\".*", "$1");
  }

  private boolean addressesTom(SlackCall call) {
    return tom.userId().equals(call.param("channel"))
        || tom.userId().equals(call.param("user"))
        || (call.param("users") != null && call.param("users").contains(tom.userId()));
  }

  private MeetingAnswer answerOf(String userId) {
    return new StoredAnswers(app.jdbi())
        .meetingOutcomes(userId).stream().map(o -> o.answer()).findFirst().orElse(null);
  }

  private RoundPair pair() {
    RoundStore rounds = app.stores().rounds();
    return rounds.pairs(rounds.latest().orElseThrow().id()).get(0);
  }
}
