package org.commonground.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.commonground.bot.core.meetings.MeetingFollowUp;
import org.commonground.bot.core.meetings.OutcomeFields;
import org.commonground.bot.core.meetings.Outcomes;
import org.commonground.bot.slack.OwnMessages;
import org.commonground.bot.slack.Poster;
import org.commonground.bot.slack.digest.DigestMessage;
import org.commonground.bot.slack.meetings.SlackMeetingMessages;
import org.commonground.bot.teams.cards.CardIds;
import org.commonground.bot.teams.meetings.MixedMeetingMessages;
import org.commonground.bot.testing.AdaptiveCardCheck;
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
import org.commonground.storage.messages.SentMessages;
import org.commonground.storage.outcomes.OutcomeAnswer;
import org.commonground.storage.outcomes.OutcomeKind;
import org.commonground.storage.rounds.MeetingQuestions;
import org.commonground.storage.rounds.RoundPair;
import org.commonground.storage.rounds.RoundStore;
import org.commonground.storage.teams.TeamsUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "What came of it?" for a member on Teams, a week after meeting a Slack member: asked with a card
 * after their yes, answered with its inputs and {@code Action.Submit}, and the card redrawn with
 * what was recorded.
 */
class TeamsWhatCameOfItTest {

  private static final String ADMIN = "U0ADMIN";
  private static final String STORY = "We now refer families between our services [see](x) *fast*";

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
  void aYesIsAskedWithACardOnce() throws Exception {
    JsonObject yes = questionData(didYouMeet());
    teams.send(teams.execute(tom, CardIds.MET_YES_VERB, yes));
    teams.send(teams.execute(tom, CardIds.MET_YES_VERB, yes));

    JsonObject card = TeamsInstallTest.card(outcomeQuestion());
    app.stop();

    assertThat(CardText.of(card))
        .contains("Glad you met a member on Slack", "What came of it?", "Nothing yet")
        .contains("It changed how we do something", "without my name", "Send");
    assertThat(card.toString()).contains("\"maxLength\":300", "Input.Toggle", "Action.Submit");
    assertThat(AdaptiveCardCheck.cardProblems(card)).isEmpty();
    assertThat(outcomeQuestions()).hasSize(1);
  }

  @Test
  void notYetIsNotAsked() throws Exception {
    teams.send(teams.execute(tom, CardIds.MET_NOT_YET_VERB, questionData(didYouMeet())));
    app.stop();

    assertThat(outcomeQuestions()).isEmpty();
  }

  @Test
  void aStoryWithTheOptInIsSharedAndTheCardShowsWhatWasRecorded() {
    long question = sayYes();

    teams.send(submit(OutcomeKind.WORKING_TOGETHER, STORY, true));

    Eventually.until(
        "the card redrawn with thanks", () -> outcomeCardText().contains("We've noted"));
    assertThat(outcomeCardText())
        .contains("We're working on something together", STORY, "may share it in reports")
        .doesNotContain("Send");
    // What Tom typed is escaped, so it can't add a link or formatting to the app's card.
    assertThat(TeamsInstallTest.card(outcomeQuestion()).getAsJsonArray("body"))
        .extracting(block -> block.getAsJsonObject().get("text").getAsString())
        .anySatisfy(text -> assertThat(text).contains("services \\[see\\]\\(x\\) \\*fast\\*"));
    assertThat(AdaptiveCardCheck.cardProblems(TeamsInstallTest.card(outcomeQuestion()))).isEmpty();
    assertThat(app.stores().outcomeAnswers().find(question, tom.userId()))
        .contains(new OutcomeAnswer(OutcomeKind.WORKING_TOGETHER, STORY, true));
    LocalDate today = LocalDate.ofInstant(app.clock().instant(), app.settings().digestZone());
    assertThat(outcomes().sharedStories(today, today))
        .singleElement()
        .satisfies(s -> assertThat(s.sector()).isEqualTo("NHS / health"))
        .satisfies(s -> assertThat(s.otherSector()).isEqualTo("Local authority"));
  }

  @Test
  void withoutTheOptInTheStoryIsKeptButNotShared() {
    long question = sayYes();

    teams.send(submit(OutcomeKind.SHARED_IDEAS, STORY, false));

    Eventually.until(
        "the card redrawn with thanks", () -> outcomeCardText().contains("nobody is shown it"));
    assertThat(app.stores().outcomeAnswers().find(question, tom.userId()))
        .contains(new OutcomeAnswer(OutcomeKind.SHARED_IDEAS, STORY, false));
    LocalDate today = LocalDate.ofInstant(app.clock().instant(), app.settings().digestZone());
    assertThat(outcomes().sharedStories(today, today)).isEmpty();
  }

  @Test
  void aSentenceOverThreeHundredCharactersIsRefusedWithAMessageAndTheCardKept() {
    long question = sayYes();
    int before = teams.connector().activities(tom.conversationId()).size();

    teams.send(submit(OutcomeKind.CHANGED_PRACTICE, "x".repeat(301), false));

    List<JsonObject> chat = teams.connector().awaitActivities(tom.conversationId(), before + 1);
    assertThat(chat.get(chat.size() - 1).get("text").getAsString())
        .contains("Nothing is saved yet", "300 characters (it has 301)");
    assertThat(outcomeCardText()).contains("Send");
    assertThat(app.stores().outcomeAnswers().find(question, tom.userId())).isEmpty();
  }

  private long sayYes() {
    JsonObject yes = questionData(didYouMeet());
    teams.send(teams.execute(tom, CardIds.MET_YES_VERB, yes));
    outcomeQuestion();
    return yes.get(CardIds.QUESTION_ID).getAsLong();
  }

  /** The card's submission as Teams sends it: the button's data with every input's value. */
  private JsonObject submit(OutcomeKind kind, String story, boolean share) {
    JsonObject card = TeamsInstallTest.card(outcomeQuestion());
    JsonObject data =
        card.getAsJsonArray("actions").get(0).getAsJsonObject().getAsJsonObject("data").deepCopy();
    data.remove("verb");
    data.addProperty(OutcomeFields.KIND_FIELD, kind.name());
    data.addProperty(OutcomeFields.STORY_FIELD, story);
    data.addProperty(OutcomeFields.SHARE_FIELD, share ? OutcomeFields.SHARE_VALUE : "false");
    String cardId = outcomeQuestion().get("id").getAsString();
    return teams.submit(tom, cardId, CardIds.OUTCOME_SUBMIT_VERB, data);
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

  private JsonObject didYouMeet() {
    Eventually.until("Tom asked whether they met", () -> cardsSaying("Did you meet").size() == 1);
    return cardsSaying("Did you meet").get(0);
  }

  private JsonObject outcomeQuestion() {
    Eventually.until("Tom asked what came of it", () -> outcomeQuestions().size() == 1);
    return outcomeQuestions().get(0);
  }

  private String outcomeCardText() {
    return CardText.of(TeamsInstallTest.card(outcomeQuestion()));
  }

  private List<JsonObject> outcomeQuestions() {
    return cardsSaying("What came of it?");
  }

  private List<JsonObject> cardsSaying(String words) {
    return teams.connector().activities(tom.conversationId()).stream()
        .filter(a -> a.has("attachments"))
        .filter(a -> CardText.of(TeamsInstallTest.card(a)).contains(words))
        .toList();
  }

  private static JsonObject questionData(JsonObject activity) {
    return TeamsInstallTest.card(activity)
        .getAsJsonArray("actions")
        .get(0)
        .getAsJsonObject()
        .getAsJsonObject("data");
  }

  private Outcomes outcomes() {
    return new Outcomes(app.stores().outcomeAnswers(), app.settings().digestZone());
  }

  private RoundPair pair() {
    RoundStore rounds = app.stores().rounds();
    return rounds.pairs(rounds.latest().orElseThrow().id()).get(0);
  }
}
