package org.commonground.bot.slack.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.commonground.storage.testing.StoredRounds.pair;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.commonground.bot.core.meetings.MeetingFollowUp;
import org.commonground.bot.core.meetings.OutcomeFields;
import org.commonground.bot.core.meetings.Outcomes;
import org.commonground.bot.slack.OwnMessages;
import org.commonground.bot.slack.Poster;
import org.commonground.bot.slack.home.HomeView;
import org.commonground.bot.slack.privacy.DeletionModal;
import org.commonground.bot.testing.ButtonClick;
import org.commonground.bot.testing.FormPayload;
import org.commonground.bot.testing.Network;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.SlackCall;
import org.commonground.bot.testing.SlackPayloads;
import org.commonground.bot.testing.VisibleText;
import org.commonground.storage.messages.SentMessages;
import org.commonground.storage.outcomes.OutcomeAnswer;
import org.commonground.storage.outcomes.OutcomeKind;
import org.commonground.storage.rounds.MeetingQuestions;
import org.commonground.storage.rounds.Round;
import org.commonground.storage.rounds.RoundStore;
import org.commonground.storage.testing.EveryTextColumn;
import org.commonground.storage.testing.StoredRounds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "What came of it?" after a yes to "Did you meet?", through the real server: asked once, answered
 * in a modal, shown back in place of the button, counted and, when its member agrees, shared.
 */
class WhatCameOfItFlowTest {

  @RegisterExtension final RunningApp app = new RunningApp();

  private static final String STORY = "We're piloting one referral form <!channel> & friends";

  private Slack slack;

  /** Alice (a council) and Bob (a charity) were introduced a week ago and have just been asked. */
  @BeforeEach
  void askThePair() {
    Network network = new Network(app);
    network.introduce("U0ALICE", "Wirral Council", "LOCAL_AUTHORITY", 0);
    network.introduce("U0BOB", "Open Door Centre", "VCFSE", 0);
    app.slack().awaitCalls("chat.postMessage", 2);
    StoredRounds stored = new StoredRounds(app.jdbi(), app.clock());
    Round round = stored.delivered(2970, List.of(pair(memberId("U0ALICE"), memberId("U0BOB"))));
    RoundStore rounds = app.stores().rounds();
    rounds.markIntroduced(rounds.pairs(round.id()).get(0).id(), app.clock().instant(), "G0PAIR");
    app.clock().advance(MeetingFollowUp.ASK_AFTER);
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(app.slack().apiUrl());
    slack = Slack.getInstance(config);
    OwnMessages own =
        new OwnMessages(
            new SentMessages(app.jdbi(), app.clock()),
            new Poster(slack.methods(RunningApp.BOT_TOKEN)));
    new MeetingFollowUp(
            new MeetingQuestions(app.jdbi()),
            new SlackMeetingMessages(own),
            question -> {},
            Runnable::run,
            app.clock())
        .run();
  }

  @AfterEach
  void closeSlack() throws Exception {
    slack.close();
  }

  @Test
  void aYesIsAskedWhatCameOfItOnce() throws Exception {
    say("U0ALICE", DidYouMeetMessage.YES_ACTION);
    say("U0ALICE", DidYouMeetMessage.YES_ACTION);
    SlackCall asked = outcomeQuestion("U0ALICE");
    app.stop();

    assertThat(VisibleText.of(asked.param("blocks")))
        .contains("Glad you met <@U0BOB>", "What came of it?", "Tell us");
    assertThat(outcomeQuestions()).hasSize(1);
  }

  @Test
  void notYetAndNoAreNotAsked() throws Exception {
    say("U0ALICE", DidYouMeetMessage.NOT_YET_ACTION);
    say("U0BOB", DidYouMeetMessage.NO_ACTION);
    app.slack().awaitCalls("chat.update", 2);
    app.stop();

    assertThat(outcomeQuestions()).isEmpty();
  }

  @Test
  void theFormOffersTheFourKindsASentenceAndAnOptInLeftUnticked() {
    say("U0ALICE", DidYouMeetMessage.YES_ACTION);

    JsonObject view = JsonParser.parseString(openForm("U0ALICE")).getAsJsonObject();

    assertThat(view.get("callback_id").getAsString()).isEqualTo(OutcomeModal.CALLBACK_ID);
    assertThat(VisibleText.of(view.toString()))
        .contains(
            "What came of it?",
            "Nothing yet",
            "We shared ideas or contacts",
            "We're working on something together",
            "It changed how we do something",
            "Admins may share my story, without my name, in reports");
    String blocks = view.getAsJsonArray("blocks").toString();
    assertThat(blocks)
        .contains("radio_buttons", "\"max_length\":300", "checkboxes")
        .doesNotContain("initial_options", "initial_option");
  }

  @Test
  void aStorySharedWithTheAdminsIsListedWithSectorsAndShownBackEscaped() {
    say("U0ALICE", DidYouMeetMessage.YES_ACTION);
    openForm("U0ALICE");

    HttpResponse<String> sent =
        submit(
            form("U0ALICE", OutcomeKind.WORKING_TOGETHER)
                .text(OutcomeFields.STORY_FIELD, OutcomeFields.STORY_INPUT, STORY)
                .selectMany(
                    OutcomeFields.SHARE_FIELD,
                    OutcomeFields.SHARE_INPUT,
                    "checkboxes",
                    List.of(OutcomeFields.SHARE_VALUE)));

    assertThat(sent.body()).isEmpty();
    SlackCall thanks = outcomeThanks();
    assertThat(thanks.param("channel")).isEqualTo("D0ALICE");
    assertThat(VisibleText.of(thanks.param("blocks")))
        .contains("We're working on something together", "may share it in reports")
        .contains("&lt;!channel&gt; &amp; friends")
        .doesNotContain("<!channel>", "Tell us");
    LocalDate today = LocalDate.ofInstant(app.clock().instant(), app.settings().digestZone());
    assertThat(outcomes().sharedStories(today, today))
        .containsExactly(
            new Outcomes.StoryToShare(
                STORY, "Local authority", "Voluntary & community (VCFSE)", today));
    assertThat(outcomes().counts(today, today).kinds())
        .extracting(Outcomes.OutcomeCount::label, Outcomes.OutcomeCount::count)
        .contains(tuple("We're working on something together", 1));
  }

  @Test
  void withoutTheOptInTheStoryIsKeptButNotShared() {
    say("U0ALICE", DidYouMeetMessage.YES_ACTION);
    long question = questionId("U0ALICE");

    submit(
        form("U0ALICE", OutcomeKind.SHARED_IDEAS)
            .text(OutcomeFields.STORY_FIELD, OutcomeFields.STORY_INPUT, STORY));

    assertThat(VisibleText.of(outcomeThanks().param("blocks")))
        .contains("We shared ideas or contacts", "nobody is shown it");
    assertThat(app.stores().outcomeAnswers().find(question, "U0ALICE"))
        .contains(new OutcomeAnswer(OutcomeKind.SHARED_IDEAS, STORY, false));
    LocalDate today = LocalDate.ofInstant(app.clock().instant(), app.settings().digestZone());
    assertThat(outcomes().sharedStories(today, today)).isEmpty();
  }

  @Test
  void aSentenceOverThreeHundredCharactersKeepsTheFormOpenAndSavesNothing() {
    say("U0ALICE", DidYouMeetMessage.YES_ACTION);
    long question = questionId("U0ALICE");

    HttpResponse<String> sent =
        submit(
            form("U0ALICE", OutcomeKind.CHANGED_PRACTICE)
                .text(OutcomeFields.STORY_FIELD, OutcomeFields.STORY_INPUT, "x".repeat(301)));

    JsonObject body = JsonParser.parseString(sent.body()).getAsJsonObject();
    assertThat(body.get("response_action").getAsString()).isEqualTo("errors");
    assertThat(body.getAsJsonObject("errors").get(OutcomeFields.STORY_FIELD).getAsString())
        .contains("300 characters (it has 301)");
    assertThat(app.stores().outcomeAnswers().find(question, "U0ALICE")).isEmpty();
  }

  @Test
  void aSecondAnswerIsIgnoredAndTheFirstStands() {
    say("U0ALICE", DidYouMeetMessage.YES_ACTION);
    long question = questionId("U0ALICE");
    submit(form("U0ALICE", OutcomeKind.NOTHING_YET));

    HttpResponse<String> again = submit(form("U0ALICE", OutcomeKind.CHANGED_PRACTICE));
    HttpResponse<String> bobs = submit(form("U0BOB", OutcomeKind.CHANGED_PRACTICE, question));

    assertThat(again.body()).contains("already");
    assertThat(bobs.body()).isEmpty();
    assertThat(app.stores().outcomeAnswers().find(question, "U0ALICE"))
        .contains(new OutcomeAnswer(OutcomeKind.NOTHING_YET, null, false));
  }

  @Test
  void theExportIncludesTheAnswerAndErasureDeletesTheStory() {
    say("U0ALICE", DidYouMeetMessage.YES_ACTION);
    submit(
        form("U0ALICE", OutcomeKind.WORKING_TOGETHER)
            .text(OutcomeFields.STORY_FIELD, OutcomeFields.STORY_INPUT, STORY)
            .selectMany(
                OutcomeFields.SHARE_FIELD,
                OutcomeFields.SHARE_INPUT,
                "checkboxes",
                List.of(OutcomeFields.SHARE_VALUE)));

    app.requests().interaction(SlackPayloads.button("U0ALICE", HomeView.DOWNLOAD_ACTION));
    JsonObject file =
        JsonParser.parseString(app.slack().awaitCall("upload").param("body")).getAsJsonObject();
    JsonObject exported = file.getAsJsonArray("meeting_outcomes").get(0).getAsJsonObject();
    assertThat(exported.get("kind").getAsString()).isEqualTo("WORKING_TOGETHER");
    assertThat(exported.get("story").getAsString()).isEqualTo(STORY);
    assertThat(exported.get("shareable").getAsBoolean()).isTrue();

    app.requests().interaction(SlackPayloads.submitted("U0ALICE", DeletionModal.CALLBACK_ID));
    app.slack().awaitCall("views.publish");

    assertThat(EveryTextColumn.containing(app.jdbi(), "piloting one referral form")).isEmpty();
    LocalDate today = LocalDate.ofInstant(app.clock().instant(), app.settings().digestZone());
    assertThat(outcomes().sharedStories(today, today)).isEmpty();
    assertThat(outcomes().counts(today, today).total()).isEqualTo(1);
  }

  private void say(String userId, String actionId) {
    SlackCall question = didYouMeet(userId);
    var response =
        app.requests().interaction(ButtonClick.on(app.slack(), question, userId, actionId));
    assertThat(response.statusCode()).isEqualTo(200);
  }

  /** Opens the member's form from their "What came of it?" DM, and returns the view opened. */
  private String openForm(String userId) {
    app.requests()
        .interaction(
            ButtonClick.on(
                app.slack(), outcomeQuestion(userId), userId, OutcomeQuestionMessage.OPEN_ACTION));
    return app.slack().awaitCall("views.open").param("view");
  }

  private FormPayload form(String userId, OutcomeKind kind) {
    return form(userId, kind, questionId(userId));
  }

  private FormPayload form(String userId, OutcomeKind kind, long question) {
    return new FormPayload(OutcomeModal.CALLBACK_ID)
        .user(userId)
        .privateMetadata(Long.toString(question))
        .radio(OutcomeFields.KIND_FIELD, OutcomeFields.KIND_INPUT, kind.name());
  }

  private HttpResponse<String> submit(FormPayload form) {
    HttpResponse<String> response = app.requests().interaction(form.json());
    assertThat(response.statusCode()).isEqualTo(200);
    return response;
  }

  private long questionId(String userId) {
    return Long.parseLong(
        ButtonClick.valueOf(outcomeQuestion(userId), OutcomeQuestionMessage.OPEN_ACTION));
  }

  private SlackCall didYouMeet(String userId) {
    return app.slack()
        .awaitCalls("chat.postMessage", c -> isTo(c, userId, DidYouMeetMessage.YES_ACTION), 1)
        .get(0);
  }

  private SlackCall outcomeQuestion(String userId) {
    return app.slack()
        .awaitCalls("chat.postMessage", c -> isTo(c, userId, OutcomeQuestionMessage.OPEN_ACTION), 1)
        .get(0);
  }

  /** The "What came of it?" DM redrawn with what was recorded. */
  private SlackCall outcomeThanks() {
    return app.slack()
        .awaitCalls(
            "chat.update", c -> c.param("blocks").contains(OutcomeQuestionMessage.ANSWER_BLOCK), 1)
        .get(0);
  }

  private List<SlackCall> outcomeQuestions() {
    return app.slack().calls("chat.postMessage").stream()
        .filter(c -> c.param("blocks") != null)
        .filter(c -> c.param("blocks").contains(OutcomeQuestionMessage.OPEN_ACTION))
        .toList();
  }

  private static boolean isTo(SlackCall call, String userId, String actionId) {
    return userId.equals(call.param("channel"))
        && call.param("blocks") != null
        && call.param("blocks").contains(actionId);
  }

  private Outcomes outcomes() {
    return new Outcomes(app.stores().outcomeAnswers(), app.settings().digestZone());
  }

  private long memberId(String userId) {
    return app.stores().profiles().findMember(userId).orElseThrow().id();
  }
}
