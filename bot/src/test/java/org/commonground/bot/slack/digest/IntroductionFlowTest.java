package org.commonground.bot.slack.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import org.commonground.bot.testing.ButtonClick;
import org.commonground.bot.testing.FakeSlack;
import org.commonground.bot.testing.Network;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.SlackCall;
import org.commonground.bot.testing.VisibleText;
import org.commonground.storage.rounds.Answer;
import org.commonground.storage.rounds.RoundPair;
import org.commonground.storage.rounds.RoundStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Intro me (double opt-in), Not for me, and the digest's footer buttons, clicked as in Slack. */
class IntroductionFlowTest {

  @RegisterExtension
  final RunningApp app =
      new RunningApp()
          .with("ADMIN_USER_IDS", "U0ADMIN")
          .with("DIGEST_MESSAGES_PER_MINUTE", "60000");

  private Network network;
  private long pairId;

  @BeforeEach
  void deliverARound() {
    network = new Network(app);
    network.introduce("U0ALICE", "Wirral Council", "LOCAL_AUTHORITY", 0, 1);
    network.introduce("U0BOB", "Open Door Centre", "VCFSE", 1, 2);
    app.slack().awaitCalls("chat.postMessage", 2);
    app.requests().slashCommand("/digest", "run", "U0ADMIN");
    app.slack().awaitCalls("chat.postMessage", 5);
    pairId = pair().id();
  }

  @Test
  void theFirstIntroMeGentlyTellsTheOtherPerson() {
    click("U0ALICE", DigestMessage.INTRO_ME_ACTION);

    SlackCall update = app.slack().awaitCall("chat.update");
    assertThat(VisibleText.of(update.param("blocks"))).contains("You said *Intro me*");
    assertThat(update.param("blocks")).doesNotContain(DigestMessage.INTRO_ME_ACTION);
    SlackCall nudge = app.slack().awaitCalls("chat.postMessage", 6).get(5);
    assertThat(nudge.param("channel")).isEqualTo("U0BOB");
    assertThat(VisibleText.of(nudge.param("blocks"))).contains("<@U0ALICE> would like to meet you");
    assertThat(app.slack().calls("conversations.open")).isEmpty();
  }

  @Test
  void whenBothSayYesTheyGetAGroupDmWithAConversationStarter() {
    click("U0ALICE", DigestMessage.INTRO_ME_ACTION);
    app.slack().awaitCalls("chat.postMessage", 6);

    click("U0BOB", DigestMessage.INTRO_ME_ACTION);

    SlackCall open = app.slack().awaitCall("conversations.open");
    assertThat(open.param("users")).contains("U0ALICE", "U0BOB");
    SlackCall starter = app.slack().awaitCalls("chat.postMessage", 7).get(6);
    assertThat(starter.param("channel")).startsWith("G");
    assertThat(VisibleText.of(starter.param("blocks")))
        .contains(
            "<@U0ALICE>, meet <@U0BOB>",
            "*" + network.tag(1).name() + "*",
            "<@U0ALICE>, you said yes first");
    assertThat(pair().introducedAt()).isNotNull();
  }

  @Test
  void clickingAgainAfterTheIntroductionOpensNoSecondConversation() {
    click("U0ALICE", DigestMessage.INTRO_ME_ACTION);
    app.slack().awaitCalls("chat.postMessage", 6);
    click("U0BOB", DigestMessage.INTRO_ME_ACTION);
    app.slack().awaitCalls("chat.postMessage", 7);
    app.slack().awaitCalls("chat.update", 2);

    click("U0BOB", DigestMessage.INTRO_ME_ACTION);
    app.slack().awaitCalls("chat.update", 3);

    assertThat(app.slack().calls("chat.postMessage")).hasSize(7);
  }

  @Test
  void notForMeIsPrivateAndPermanent() {
    click("U0BOB", DigestMessage.NOT_FOR_ME_ACTION);

    SlackCall update = app.slack().awaitCall("chat.update");
    assertThat(VisibleText.of(update.param("blocks"))).contains("You passed on this one");
    assertThat(pair().answerOf(memberId("U0BOB"))).isEqualTo(Answer.NOT_FOR_ME);
    assertThat(app.rows().declines()).isEqualTo(1);

    click("U0ALICE", DigestMessage.INTRO_ME_ACTION);
    app.slack().awaitCalls("chat.update", 2);
    assertThat(app.slack().calls("chat.postMessage")).hasSize(5);
    assertThat(app.slack().calls("conversations.open")).isEmpty();
  }

  @Test
  void aClickOnSomeoneElsesPairChangesNothing() {
    click("U0ADMIN", DigestMessage.NOT_FOR_ME_ACTION);
    click("U0ALICE", DigestMessage.INTRO_ME_ACTION);
    app.slack().awaitCall("chat.update");

    assertThat(app.rows().declines()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {DigestMessage.INTRO_ME_ACTION, DigestMessage.NOT_FOR_ME_ACTION})
  void aClickNamingSomeoneElsesDigestUpdatesOnlyTheClickersOwn(String action) {
    SlackCall bobs = digestTo("U0BOB");
    JsonObject bobsBefore = app.slack().message(app.slack().landed(bobs));

    app.requests()
        .interaction(
            ButtonClick.forged("U0ALICE", action, Long.toString(pairId), app.slack().landed(bobs)));

    SlackCall update = app.slack().awaitCall("chat.update");
    FakeSlack.Landed alices = app.slack().landed(digestTo("U0ALICE"));
    assertThat(update.param("channel")).isEqualTo(alices.channel());
    assertThat(update.param("ts")).isEqualTo(alices.ts());
    assertThat(update.param("blocks"))
        .doesNotContain("evil.example")
        .contains("Role of U0BOB", "Open Door Centre");
    assertThat(app.slack().message(app.slack().landed(bobs))).isEqualTo(bobsBefore);
    assertThat(app.slack().calls("chat.update")).hasSize(1);
  }

  @Test
  void theClickersDigestIsRebuiltFromTheRoundNotFromTheClick() {
    SlackCall alices = digestTo("U0ALICE");
    app.requests()
        .interaction(
            ButtonClick.of(
                "U0ALICE",
                DigestMessage.NOT_FOR_ME_ACTION,
                Long.toString(pairId),
                null,
                app.slack().landed(alices).channel(),
                app.slack().landed(alices).ts()));

    JsonArray sent = alices.json("blocks").getAsJsonArray();
    JsonArray updated = app.slack().awaitCall("chat.update").json("blocks").getAsJsonArray();
    assertThat(updated).hasSameSizeAs(sent);
    for (int i = 0; i < sent.size(); i++) {
      JsonObject block = sent.get(i).getAsJsonObject();
      boolean answered =
          block.has("block_id")
              && block
                  .get("block_id")
                  .getAsString()
                  .equals(DigestMessage.MATCH_ACTIONS_BLOCK + pairId);
      if (answered) {
        assertThat(VisibleText.of(updated.get(i).toString())).contains("You passed on this one");
      } else {
        assertThat(updated.get(i)).isEqualTo(block);
      }
    }
  }

  @Test
  void pauseForAWeekSaysUntilWhen() {
    click("U0ALICE", DigestMessage.PAUSE_ACTION);

    SlackCall reply = app.slack().awaitCalls("chat.postMessage", 6).get(5);
    assertThat(reply.param("text")).contains("Paused until Sunday 29 November");
  }

  @Test
  void pressingPauseAgainAndAgainSaysSoOnceUntilTheQuietPeriodIsOver() {
    for (int i = 0; i < 5; i++) {
      click("U0ALICE", DigestMessage.PAUSE_ACTION);
    }
    app.clock().advance(PauseWeekAction.REPLY_QUIET);
    click("U0ALICE", DigestMessage.PAUSE_ACTION);

    List<SlackCall> replies =
        app.slack().awaitCalls("chat.postMessage", 7).stream()
            .filter(c -> c.param("text").contains("Paused until"))
            .toList();
    assertThat(replies).hasSize(2);
  }

  @Test
  void editProfileOpensTheModalFilledIn() {
    click("U0ALICE", DigestMessage.EDIT_PROFILE_ACTION);

    assertThat(app.slack().awaitCall("views.open").param("view")).contains("Role of U0ALICE");
  }

  private void click(String userId, String actionId) {
    SlackCall digest = digestTo(userId);
    String channel = "D" + userId.substring(1);
    var response =
        app.requests()
            .interaction(
                ButtonClick.of(
                    userId, actionId, Long.toString(pairId), digest, channel, "1717000000.000001"));
    assertThat(response.statusCode()).isEqualTo(200);
  }

  private SlackCall digestTo(String userId) {
    List<SlackCall> posts = app.slack().calls("chat.postMessage");
    return posts.stream()
        .filter(c -> c.param("metadata") != null && userId.equals(c.param("channel")))
        .findFirst()
        .orElse(posts.get(0));
  }

  private RoundPair pair() {
    RoundStore rounds = app.stores().rounds();
    return rounds.pairs(rounds.latest().orElseThrow().id()).get(0);
  }

  private long memberId(String userId) {
    return app.stores().profiles().findMember(userId).orElseThrow().id();
  }
}
