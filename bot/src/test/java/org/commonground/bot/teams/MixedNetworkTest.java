package org.commonground.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.util.List;
import org.commonground.bot.slack.digest.DigestMessage;
import org.commonground.bot.teams.cards.CardIds;
import org.commonground.bot.testing.ButtonClick;
import org.commonground.bot.testing.CardText;
import org.commonground.bot.testing.FakeSlack;
import org.commonground.bot.testing.Network;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.SlackCall;
import org.commonground.bot.testing.TeamsClient;
import org.commonground.bot.testing.TeamsPerson;
import org.commonground.bot.testing.VisibleText;
import org.commonground.storage.rounds.DeliveryStatus;
import org.commonground.storage.rounds.RoundPair;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One network across Slack and Teams: a Slack member at a council and a Teams member at an NHS
 * trust are matched in one round, each gets their digest on their own platform, and when both say
 * <i>Intro me</i> each is told who the other is and how to reach them.
 */
class MixedNetworkTest {

  private static final String ADMIN = "U0ADMIN";

  @RegisterExtension
  final RunningApp app =
      new RunningApp()
          .withTeams()
          .with("ADMIN_USER_IDS", ADMIN)
          .with("DIGEST_MESSAGES_PER_MINUTE", "60000");

  private TeamsClient teams;
  private TeamsPerson tom;
  private Network network;

  @BeforeEach
  void aRoundAcrossBothPlatforms() {
    teams = app.teams();
    network = new Network(app);
    network.introduce("U0ALICE", "Wirral Council", "LOCAL_AUTHORITY", 0, 1);
    tom = teams.person("Tom Teams", "tom.teams@nhs.example");
    teams.send(teams.installation(tom));
    teams.connector().awaitActivities(tom.conversationId(), 1);
    ProfileInputs.introduce(app, tom);
    app.slack().awaitCalls("chat.postMessage", 1);

    app.requests().slashCommand("/digest", "run", ADMIN);
    slackDigest();
    teamsDigest();
    // The platform has the digest before the app has written down where it landed.
    org.commonground.bot.testing.Eventually.until(
        "both digests recorded as delivered",
        () ->
            app.stores().rounds().members(latestRound()).stream()
                .allMatch(m -> m.status() == DeliveryStatus.SENT));
  }

  @Test
  void eachGetsOneDigestOnTheirOwnPlatformNamingTheOtherWithoutAMentionSlackCantDraw() {
    SlackCall alices = slackDigest();
    JsonObject toms = teamsDigest();

    assertThat(VisibleText.of(alices.param("blocks")))
        .contains("a member on Teams", "Mersey Care NHS Foundation Trust")
        .doesNotContain("<@" + tom.userId());
    assertThat(CardText.of(toms)).contains("Wirral Council", "Intro me", "Not for me");
    assertThat(
            app.slack().calls("chat.postMessage").stream().filter(c -> c.param("metadata") != null))
        .hasSize(1);
    assertThat(teams.connector().activities(tom.conversationId())).hasSize(2);
  }

  @Test
  void whenBothSayIntroMeEachIsToldWhoTheOtherIsAndHowToReachThem() {
    long pairId = pair().id();
    JsonObject data = new JsonObject();
    data.addProperty(CardIds.PAIR_ID, pairId);
    teams.send(teams.execute(tom, CardIds.INTRO_ME_VERB, data));
    // Tom said yes first: Alice is told someone would like to meet her.
    app.slack().awaitCalls("chat.postMessage", m -> "U0ALICE".equals(m.param("channel")), 3);

    clickInSlack("U0ALICE", pairId);

    SlackCall toAlice =
        app.slack()
            .awaitCalls("chat.postMessage", m -> "U0ALICE".equals(m.param("channel")), 4)
            .get(3);
    assertThat(VisibleText.of(toAlice.param("blocks")))
        .contains(
            "Meet Tom Teams!",
            "tom.teams@nhs.example",
            "Mersey Care NHS Foundation Trust",
            "Tom Teams said yes first");
    assertThat(toAlice.param("blocks").replace("\\u003d", "="))
        .contains("https://teams.microsoft.com/l/chat/0/0?users", "=tom.teams%40nhs.example");
    List<JsonObject> tomsChat = teams.connector().awaitActivities(tom.conversationId(), 3);
    String card = CardText.of(TeamsInstallTest.card(tomsChat.get(2)));
    assertThat(card).contains("Meet Alice Example!", "alice@example.com", "Wirral Council");
    assertThat(card).contains("could you suggest a time for a 30-minute call");
    assertThat(app.slack().calls("conversations.open")).isEmpty();
    assertThat(pair().introducedAt()).isNotNull();
  }

  @Test
  void notForMeOnTeamsIsPrivateAndRedrawsTomsDigest() {
    JsonObject data = new JsonObject();
    data.addProperty(CardIds.PAIR_ID, pair().id());

    teams.send(teams.execute(tom, CardIds.NOT_FOR_ME_VERB, data));

    org.commonground.bot.testing.Eventually.until(
        "Tom's digest redrawn",
        () ->
            CardText.of(
                    TeamsInstallTest.card(
                        teams.connector().activities(tom.conversationId()).get(1)))
                .contains("You passed on this one"));
    assertThat(
            app.slack().calls("chat.postMessage").stream()
                .filter(m -> "U0ALICE".equals(m.param("channel"))))
        .hasSize(2);
  }

  @Test
  void whenTheSlackMemberDeletesTheirProfileTheTeamsDigestOfferingThemIsRedrawnInTeams() {
    app.requests()
        .interaction(
            org.commonground.bot.testing.SlackPayloads.submitted(
                "U0ALICE", org.commonground.bot.slack.privacy.DeletionModal.CALLBACK_ID));

    org.commonground.bot.testing.Eventually.until(
        "Tom's digest redrawn saying Alice has left",
        () -> CardText.of(teamsDigestNow()).contains("has left Common Ground"));
    assertThat(teamsDigestNow().toString()).doesNotContain(CardIds.INTRO_ME_VERB);
    assertThat(app.slack().calls("chat.update")).isEmpty();
  }

  private JsonObject teamsDigestNow() {
    return TeamsInstallTest.card(teams.connector().activities(tom.conversationId()).get(1));
  }

  private SlackCall slackDigest() {
    return app.slack().awaitCalls("chat.postMessage", c -> c.param("metadata") != null, 1).get(0);
  }

  private JsonObject teamsDigest() {
    return TeamsInstallTest.card(teams.connector().awaitActivities(tom.conversationId(), 2).get(1));
  }

  private void clickInSlack(String userId, long pairId) {
    SlackCall digest = slackDigest();
    FakeSlack.Landed landed = app.slack().landed(digest);
    var response =
        app.requests()
            .interaction(
                ButtonClick.of(
                    userId,
                    DigestMessage.INTRO_ME_ACTION,
                    Long.toString(pairId),
                    digest,
                    landed.channel(),
                    landed.ts()));
    assertThat(response.statusCode()).isEqualTo(200);
  }

  private RoundPair pair() {
    return app.stores().rounds().pairs(latestRound()).get(0);
  }

  private long latestRound() {
    return app.stores().rounds().latest().orElseThrow().id();
  }
}
