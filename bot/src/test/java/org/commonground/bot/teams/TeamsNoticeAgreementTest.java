package org.commonground.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.commonground.bot.slack.consent.NoticeBlocks;
import org.commonground.bot.teams.cards.CardIds;
import org.commonground.bot.testing.CardText;
import org.commonground.bot.testing.ConnectorCall;
import org.commonground.bot.testing.Eventually;
import org.commonground.bot.testing.FakeBotConnector;
import org.commonground.bot.testing.Network;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.SlackPayloads;
import org.commonground.bot.testing.TeamsClient;
import org.commonground.bot.testing.TeamsPerson;
import org.commonground.storage.members.MemberConsent;
import org.commonground.storage.members.MemberConsent.RequestMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A new privacy notice in a network on Slack and Teams: the Teams member is asked once with a card
 * whose <b>I agree</b> puts them back in the round, through the real server and the strict fake Bot
 * Connector.
 */
class TeamsNoticeAgreementTest {

  private static final String ADMIN = "U0ADMIN";
  private static final String CONTROLLER = "Liverpool City Region Combined Authority";
  private static final String DIGEST_HEADING = "Your introductions for the week of";

  @RegisterExtension
  final RunningApp app =
      new RunningApp()
          .withTeams()
          .with("ADMIN_USER_IDS", ADMIN)
          .with("DIGEST_MESSAGES_PER_MINUTE", "60000");

  private TeamsPerson tom;
  private String earlier;

  /** Alice on Slack and Tom on Teams share a challenge and agreed to the first notice. */
  @BeforeEach
  void twoMembersThenANewNotice() {
    TeamsClient teams = app.teams();
    new Network(app).introduce("U0ALICE", "Wirral Council", "LOCAL_AUTHORITY", 0, 1);
    tom = teams.person("Tom Teams", "tom.teams@nhs.example");
    teams.send(teams.installation(tom));
    teams.connector().awaitActivities(tom.conversationId(), 1);
    ProfileInputs.introduce(app, tom);
    app.slack().awaitCalls("chat.postMessage", 1);
    earlier = app.noticeVersion();
  }

  @Test
  void theTeamsMemberGetsOneCardWithTheNoticeAndIAgreeRecordedWhereItLanded() throws Exception {
    app.restartWith("PRIVACY_CONTROLLER", CONTROLLER);
    JsonObject request = awaitRequest();

    String card = CardText.of(TeamsInstallTest.card(request));
    assertThat(card)
        .contains("We've updated our privacy notice.", "left out of the weekly introductions")
        .contains(CONTROLLER, "Privacy notice version " + app.noticeVersion(), "I agree")
        .doesNotContain(":memo:", "send introduce");
    assertThat(agreeData(request).get(CardIds.NOTICE_VERSION).getAsString())
        .isEqualTo(app.noticeVersion());
    Eventually.until(
        "where the request landed is stored",
        () -> consent().requestMessage(tom.userId()).isPresent());
    RequestMessage landed = consent().requestMessage(tom.userId()).orElseThrow();
    assertThat(landed.channel()).isEqualTo(tom.conversationId());
    assertThat(landed.ts()).isEqualTo(request.get("id").getAsString());

    // Nothing more for the same notice; the next notice asks once more.
    app.restartWith("PRIVACY_CONTROLLER", CONTROLLER);
    app.restartWith("PRIVACY_CONTACT", "dpo@example.org");
    Eventually.until("Tom asked again", () -> requests().size() == 2);
    assertThat(CardText.of(TeamsInstallTest.card(requests().get(1)))).contains("dpo@example.org");
  }

  @Test
  void iAgreePutsTheTeamsMemberBackInTheRoundAndTheCardSaysAgreed() throws Exception {
    app.restartWith("PRIVACY_CONTROLLER", CONTROLLER);
    JsonObject request = awaitRequest();
    app.requests()
        .interaction(
            SlackPayloads.button("U0ALICE", NoticeBlocks.AGREE_ACTION, app.noticeVersion()));
    runTheRound(1);
    assertThat(digestsToTom()).isEmpty();

    HttpResponse<String> pressed =
        app.teams().send(app.teams().execute(tom, CardIds.AGREE_NOTICE_VERB, agreeData(request)));

    String agreed = CardText.of(TeamsClient.answeredCard(pressed));
    assertThat(agreed)
        .contains("✅ Thank you.", "You agreed to privacy notice " + app.noticeVersion() + " on")
        .contains("back in the weekly introductions")
        .doesNotContain("I agree");
    assertThat(consent().history(tom.userId()))
        .extracting(MemberConsent.Agreement::noticeVersion)
        .containsExactly(earlier, app.noticeVersion());
    Eventually.until(
        "the card that asked says agreed",
        () ->
            cardsToTom().stream()
                .anyMatch(a -> CardText.of(TeamsInstallTest.card(a)).contains("Thank you")));
    app.clock().advance(Duration.ofDays(7));
    runTheRound(2);
    Eventually.until("Tom's digest", () -> digestsToTom().size() == 1);
  }

  @Test
  void iAgreeOnACardForAnEarlierNoticeAgreesToNothingAndOffersTheCurrentOne() throws Exception {
    app.restartWith("PRIVACY_CONTROLLER", CONTROLLER);
    awaitRequest();
    JsonObject old = new JsonObject();
    old.addProperty(CardIds.NOTICE_VERSION, earlier);

    HttpResponse<String> pressed =
        app.teams().send(app.teams().execute(tom, CardIds.AGREE_NOTICE_VERB, old));

    JsonObject answer = TeamsClient.answeredCard(pressed);
    assertThat(CardText.of(answer))
        .contains("That was an earlier version of the privacy notice", "I agree", CONTROLLER);
    assertThat(answer.toString()).contains("\"" + CardIds.NOTICE_VERSION + "\":\"" + version());
    assertThat(consent().history(tom.userId()))
        .extracting(MemberConsent.Agreement::noticeVersion)
        .containsExactly(earlier);
  }

  @Test
  void aThrottledRequestIsSentAgainAfterRetryAfterAndArrivesOnce() throws Exception {
    app.teams()
        .connector()
        .answerNext(ConnectorCall.Kind.SEND, FakeBotConnector.Answer.throttled(1));

    app.restartWith("PRIVACY_CONTROLLER", CONTROLLER);

    awaitRequest();
    assertThat(
            app.teams().connector().calls().stream()
                .filter(c -> c.kind() == ConnectorCall.Kind.SEND)
                .map(ConnectorCall::status)
                .toList())
        .endsWith(429, 201);
    assertThat(requests()).hasSize(1);
  }

  private JsonObject awaitRequest() {
    Eventually.until("Tom asked", () -> requests().size() == 1);
    return requests().get(0);
  }

  private List<JsonObject> requests() {
    return cardsToTom().stream()
        .filter(a -> CardText.of(TeamsInstallTest.card(a)).contains("updated our privacy notice"))
        .toList();
  }

  private List<JsonObject> digestsToTom() {
    return cardsToTom().stream()
        .filter(a -> CardText.of(TeamsInstallTest.card(a)).contains(DIGEST_HEADING))
        .toList();
  }

  private List<JsonObject> cardsToTom() {
    return app.teams().connector().activities(tom.conversationId()).stream()
        .filter(a -> a.has("attachments"))
        .toList();
  }

  private static JsonObject agreeData(JsonObject request) {
    return TeamsInstallTest.card(request)
        .getAsJsonArray("actions")
        .get(0)
        .getAsJsonObject()
        .getAsJsonObject("data");
  }

  private String version() {
    return app.noticeVersion();
  }

  private MemberConsent consent() {
    return new MemberConsent(app.jdbi(), app.clock());
  }

  /** Runs the round and waits for the admin's report of its {@code nth} run. */
  private void runTheRound(int nth) {
    app.requests().slashCommand("/digest", "run", ADMIN);
    app.slack()
        .awaitCalls(
            "chat.postMessage",
            c -> ADMIN.equals(c.param("channel")) && c.param("text").contains("digests sent now"),
            nth);
  }
}
