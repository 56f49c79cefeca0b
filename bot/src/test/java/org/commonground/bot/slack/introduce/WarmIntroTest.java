package org.commonground.bot.slack.introduce;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.commonground.bot.core.meetings.MeetingFollowUp;
import org.commonground.bot.slack.OwnMessages;
import org.commonground.bot.slack.Poster;
import org.commonground.bot.slack.meetings.SlackMeetingMessages;
import org.commonground.bot.testing.Members;
import org.commonground.bot.testing.Network;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.SlackCall;
import org.commonground.bot.testing.VisibleText;
import org.commonground.storage.messages.SentMessages;
import org.commonground.storage.rounds.MeetingQuestions;
import org.commonground.storage.rounds.RoundStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code /introduce @alice @bob why}: each of the two is asked privately, and only two yeses open
 * the group DM of the three; clicks act only on the clicker's own card.
 */
class WarmIntroTest {

  private static final String CAROL = "U0CAROL";
  private static final String ALICE = "U0ALICE";
  private static final String BOB = "U0BOB";

  @RegisterExtension
  final RunningApp app =
      new RunningApp()
          .with("ADMIN_USER_IDS", Members.ADMIN)
          .with("DIGEST_MESSAGES_PER_MINUTE", "60000");

  private Network network;
  private WarmIntroWire wire;
  private SlackCall aliceCard;
  private SlackCall bobCard;

  /** Carol suggests Alice and Bob, who share a challenge, meet: each gets a card. */
  @BeforeEach
  void carolSuggestsAliceAndBob() {
    network = new Network(app);
    network.introduce(ALICE, "Wirral Council", "LOCAL_AUTHORITY", 0, 1);
    network.introduce(BOB, "Open Door Centre", "VCFSE", 1, 2);
    network.introduce(CAROL, "Kindred", "VCFSE", 3);
    app.slack().awaitCalls("chat.postMessage", 3);
    wire = new WarmIntroWire(app);

    String reply =
        wire.suggest(
            CAROL,
            "<@U0ALICE|alice> <@U0BOB|bob> you both &lt;b&gt;map&lt;/b&gt; data &amp; <!channel>");

    assertThat(reply).contains("I've asked <@U0ALICE> and <@U0BOB>, each privately");
    app.slack().awaitCalls("chat.postMessage", 5);
    aliceCard = wire.cardTo(ALICE, 0);
    bobCard = wire.cardTo(BOB, 0);
  }

  @AfterEach
  void closeWire() throws Exception {
    wire.close();
  }

  @Test
  void eachCardNamesWhoSuggestedItWhyAndTheOtherPerson() {
    assertThat(VisibleText.of(aliceCard.param("blocks")))
        .contains("<@U0CAROL> thinks you and <@U0BOB> should meet")
        .contains("> you both &lt;b&gt;map&lt;/b&gt; data &amp; @channel")
        .contains("<@U0BOB> · Role of U0BOB, *Open Door Centre* · Sefton")
        .contains("You both work on *" + network.tag(1).name() + "*.")
        .contains("Yes, introduce us", "No thanks", "nobody is told")
        .doesNotContain("<!channel>");
    assertThat(VisibleText.of(bobCard.param("blocks")))
        .contains("<@U0CAROL> thinks you and <@U0ALICE> should meet");
    assertThat(app.slack().calls("conversations.open")).isEmpty();
  }

  @Test
  void theGroupDmOpensOnlyAfterTwoYeses() {
    wire.click(ALICE, WarmIntroCard.YES_ACTION, aliceCard);

    SlackCall waiting = app.slack().awaitCall("chat.update");
    assertThat(waiting.param("channel")).isEqualTo("D0ALICE");
    assertThat(waiting.param("ts")).isEqualTo(wire.tsOf(aliceCard));
    assertThat(VisibleText.of(waiting.param("blocks")))
        .contains("You said yes. If <@U0BOB> says yes too by Monday 30 November")
        .doesNotContain("Yes, introduce us");
    assertThat(app.slack().calls("conversations.open")).isEmpty();

    wire.click(BOB, WarmIntroCard.YES_ACTION, bobCard);

    assertThat(app.slack().awaitCall("conversations.open").param("users"))
        .isEqualTo("U0CAROL,U0ALICE,U0BOB");
    SlackCall starter = app.slack().awaitCalls("chat.postMessage", 6).get(5);
    assertThat(starter.param("channel")).startsWith("G");
    assertThat(VisibleText.of(starter.param("blocks")))
        .contains("<@U0ALICE>, meet <@U0BOB>! You both said yes to <@U0CAROL>'s suggestion")
        .contains("> you both &lt;b&gt;map&lt;/b&gt; data &amp; @channel")
        .contains("<@U0ALICE>, you said yes first: could you suggest a time")
        .contains("the three of you are in this chat")
        .doesNotContain("<!channel>");
    List<SlackCall> updates = app.slack().awaitCalls("chat.update", 3);
    assertThat(updates.subList(1, 3))
        .extracting(c -> c.param("channel"))
        .containsExactlyInAnyOrder("D0ALICE", "D0BOB");
    assertThat(updates.subList(1, 3))
        .allSatisfy(
            u -> assertThat(VisibleText.of(u.param("blocks"))).contains("You both said yes"));
  }

  @Test
  void aClickBySomeoneElseOrOnAForgedContainerChangesNothingButTheClickersOwnCard() {
    network.introduce("U0DAN", "Juno", "VCFSE", 4);
    String id = WarmIntroWire.idOn(aliceCard);
    String evil =
        "[{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\","
            + "\"text\":\"<https://evil.example|click here to re-verify>\"}}]";

    wire.forgedClick("U0DAN", WarmIntroCard.YES_ACTION, id, "D0BOB", wire.tsOf(bobCard), evil);
    wire.forgedClick(ALICE, WarmIntroCard.NO_ACTION, id, "D0BOB", wire.tsOf(bobCard), evil);

    SlackCall update = app.slack().awaitCall("chat.update");
    assertThat(update.param("channel")).isEqualTo("D0ALICE");
    assertThat(update.param("ts")).isEqualTo(wire.tsOf(aliceCard));
    assertThat(VisibleText.of(update.param("blocks")))
        .contains("You said no thanks", "<@U0BOB> · Role of U0BOB")
        .doesNotContain("evil.example");
    wire.click(BOB, WarmIntroCard.YES_ACTION, bobCard);
    assertThat(app.slack().awaitCalls("chat.update", 2).get(1).param("channel")).isEqualTo("D0BOB");
    assertThat(app.slack().calls("conversations.open")).isEmpty();
  }

  @Test
  void doubleClicksAndRacingYesesOpenOneGroupDm() {
    wire.click(ALICE, WarmIntroCard.YES_ACTION, aliceCard);
    app.slack().awaitCall("chat.update");

    List<CompletableFuture<Void>> clicks = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      SlackCall card = i % 2 == 0 ? bobCard : aliceCard;
      String user = i % 2 == 0 ? BOB : ALICE;
      clicks.add(
          CompletableFuture.runAsync(() -> wire.click(user, WarmIntroCard.YES_ACTION, card)));
    }
    clicks.forEach(CompletableFuture::join);

    app.slack().awaitCalls("chat.update", 3);
    app.slack().awaitCalls("chat.postMessage", 6);
    assertThat(app.slack().calls("conversations.open")).hasSize(1);
    assertThat(app.slack().calls("chat.postMessage")).hasSize(6);
  }

  @Test
  void theTwoAreNotPairedByTheNextRoundAndAreAskedWhetherTheyMet() throws Exception {
    wire.click(ALICE, WarmIntroCard.YES_ACTION, aliceCard);
    wire.click(BOB, WarmIntroCard.YES_ACTION, bobCard);
    app.slack().awaitCalls("chat.update", 3);

    app.requests().slashCommand("/digest", "run", Members.ADMIN);

    // Three digests, none with a match, and the admin's report.
    app.slack().awaitCalls("chat.postMessage", 10);
    RoundStore rounds = app.stores().rounds();
    assertThat(rounds.pairs(rounds.latest().orElseThrow().id())).isEmpty();
    app.clock().advance(Duration.ofDays(7));
    followUp();
    assertThat(app.slack().calls("chat.postMessage"))
        .extracting(c -> c.param("text"))
        .filteredOn(text -> text.startsWith("Did you meet"))
        .containsExactlyInAnyOrder("Did you meet <@U0BOB>?", "Did you meet <@U0ALICE>?");
    assertThat(Members.command(app, "/digest", "status", Members.ADMIN))
        .contains("Introductions made: *1*", "warm introductions among them: *1*");
  }

  @Test
  void aRequestMustNameTwoOtherPeople() {
    assertThat(wire.suggest(CAROL, "<@U0ALICE|alice> please")).contains("Name the two people");
    assertThat(wire.suggest(CAROL, "@alice @bob")).contains("Name the two people");
    assertThat(wire.suggest(CAROL, "<@U0ALICE> <@U0ALICE>")).contains("You named <@U0ALICE> twice");
    assertThat(wire.suggest(BOB, "<@U0ALICE> <@U0BOB>")).contains("You can't introduce yourself");
    assertThat(app.slack().calls("chat.postMessage")).hasSize(5);
  }

  @Test
  void eachOfTheThreeFindsItInTheirExport() {
    app.requests().slashCommand("/introduce", "export", CAROL);

    assertThat(app.slack().awaitCall("upload").param("body"))
        .contains("warm_introductions", "suggested by you", "U0ALICE", "U0BOB");
  }

  private void followUp() throws Exception {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(app.slack().apiUrl());
    try (Slack slack = Slack.getInstance(config)) {
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
    }
  }
}
