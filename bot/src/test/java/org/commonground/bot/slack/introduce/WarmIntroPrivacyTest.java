package org.commonground.bot.slack.introduce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.storage.testing.StoredRounds.pair;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.commonground.bot.core.introduce.WarmIntroductions;
import org.commonground.bot.core.rounds.Week;
import org.commonground.bot.slack.consent.ConsentRequestDm;
import org.commonground.bot.slack.consent.NoticeBlocks;
import org.commonground.bot.testing.Network;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.SlackCall;
import org.commonground.bot.testing.SlackPayloads;
import org.commonground.bot.testing.VisibleText;
import org.commonground.storage.blocks.BlockList;
import org.commonground.storage.members.MemberLookup;
import org.commonground.storage.members.MemberStatus;
import org.commonground.storage.privacy.MemberDataEraser;
import org.commonground.storage.rounds.DeclineRepository;
import org.commonground.storage.testing.StoredRounds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a warm introduction lets anyone learn: nothing private. Whoever can't be asked, the
 * suggester gets the same words and neither person is reached; a "No thanks" looks to everyone else
 * just like no answer; the weekly limit counts refused suggestions too.
 */
class WarmIntroPrivacyTest {

  private static final String CAROL = "U0CAROL";
  private static final String ALICE_AND_BOB = "<@U0ALICE|alice> <@U0BOB|bob> you should talk";

  @RegisterExtension final RunningApp app = new RunningApp().with("WARM_INTROS_PER_WEEK", "2");

  private WarmIntroWire wire;

  @BeforeEach
  void aNetwork() {
    Network network = new Network(app);
    network.introduce("U0ALICE", "Wirral Council", "LOCAL_AUTHORITY", 0, 1);
    network.introduce("U0BOB", "Open Door Centre", "VCFSE", 1, 2);
    network.introduce(CAROL, "Kindred", "VCFSE", 3);
    network.introduce("U0DAN", "Juno", "VCFSE", 4, 5);
    network.introduce("U0ERIN", "Plus Dane", "HOUSING", 5);
    app.slack().awaitCalls("chat.postMessage", 5);
    wire = new WarmIntroWire(app);
  }

  @AfterEach
  void closeWire() throws Exception {
    wire.close();
  }

  /** Each reason Bob can't be asked about meeting Alice right now. */
  enum Reason {
    BOB_SAID_NOT_FOR_ME_TO_ALICE(
        t -> t.declines().decline(t.id("U0BOB"), t.id("U0ALICE"), t.app.clock().instant())),
    BOB_BLOCKED_ALICE(t -> t.blocks().blockPerson(t.id("U0BOB"), "U0ALICE")),
    ALICE_BLOCKED_BOBS_ORGANISATION(
        t -> t.blocks().blockOrganisation(t.id("U0ALICE"), t.organisationOf("U0BOB"))),
    BOB_BLOCKED_THE_SUGGESTER(t -> t.blocks().blockPerson(t.id("U0BOB"), CAROL)),
    BOB_IS_PAUSED(
        t ->
            t.status()
                .setPausedUntil("U0BOB", LocalDate.of(2026, 12, 31), t.app.clock().instant())),
    BOB_WANTS_NO_MATCHES(t -> t.status().setMatchesPerWeek("U0BOB", 0, t.app.clock().instant())),
    BOB_LEFT_SLACK(t -> t.status().updateFromSlack("U0BOB", true, null, null)),
    BOB_AGREED_ONLY_TO_AN_EARLIER_NOTICE(t -> t.agreedOnlyToAnEarlierNotice("U0BOB")),
    BOB_IS_NOT_A_MEMBER(t -> new MemberDataEraser(t.app.jdbi(), t.app.clock()).erase("U0BOB")),
    THEY_WERE_PAIRED_LAST_WEEK(
        t ->
            new StoredRounds(t.app.jdbi(), t.app.clock())
                .delivered(
                    Week.containing(LocalDate.of(2026, 11, 23)).number() - 1,
                    List.of(pair(t.id("U0ALICE"), t.id("U0BOB")))));

    private final Consumer<WarmIntroPrivacyTest> setUp;

    Reason(Consumer<WarmIntroPrivacyTest> setUp) {
      this.setUp = setUp;
    }
  }

  @ParameterizedTest
  @EnumSource(Reason.class)
  void whateverTheReasonTheSuggesterGetsTheSameWordsAndNobodyIsReached(Reason reason) {
    reason.setUp.accept(this);
    int posts = app.slack().calls("chat.postMessage").size();

    String reply = wire.suggest(CAROL, ALICE_AND_BOB);

    assertThat(reply.strip()).isEqualTo(WarmIntroductions.NOT_RIGHT_NOW);
    assertThat(app.slack().appCalls())
        .extracting(SlackCall::method)
        .doesNotContain("conversations.open");
    assertThat(app.slack().calls("chat.postMessage")).hasSize(posts);
  }

  @Test
  void someoneWhoIsNotAMemberCannotSuggestAnIntroduction() {
    assertThat(wire.suggest("U0STRANGER", ALICE_AND_BOB).strip())
        .isEqualTo(WarmIntroductions.NOT_A_MEMBER);
    assertThat(app.slack().calls("chat.postMessage")).hasSize(5);
  }

  @Test
  void aNewNoticeLeavesWhoeverHasNotAgreedToItOutInTheSameWords() throws Exception {
    app.restartWith("PRIVACY_CONTROLLER", "Liverpool City Region Combined Authority");
    app.slack()
        .awaitCalls("chat.postMessage", c -> ConsentRequestDm.TEXT.equals(c.param("text")), 5);
    int posts = app.slack().calls("chat.postMessage").size();

    assertThat(wire.suggest(CAROL, ALICE_AND_BOB).strip())
        .isEqualTo(WarmIntroductions.NOT_A_MEMBER);
    agree(CAROL);
    agree("U0ALICE");
    assertThat(wire.suggest(CAROL, ALICE_AND_BOB).strip())
        .isEqualTo(WarmIntroductions.NOT_RIGHT_NOW);
    assertThat(app.slack().appCalls())
        .extracting(SlackCall::method)
        .doesNotContain("conversations.open");
    assertThat(app.slack().calls("chat.postMessage")).hasSize(posts);

    agree("U0BOB");
    assertThat(wire.suggest(CAROL, ALICE_AND_BOB)).contains("I've asked <@U0ALICE>");
  }

  @Test
  void theWeeklyLimitCountsRefusedSuggestionsAndSaysWhenTheNextIsAllowed() {
    status().setMatchesPerWeek("U0BOB", 0, app.clock().instant());
    assertThat(wire.suggest(CAROL, ALICE_AND_BOB)).contains("can't happen right now");
    app.clock().advance(Duration.ofHours(1));
    assertThat(wire.suggest(CAROL, "<@U0DAN> <@U0ERIN>")).contains("I've asked <@U0DAN>");

    assertThat(wire.suggest(CAROL, "<@U0ALICE> <@U0ERIN>"))
        .contains("You've suggested 2 introductions in the last 7 days")
        .contains("You can suggest another from Monday 30 November at 08:00.");
    app.clock().advance(Duration.ofDays(7));
    assertThat(wire.suggest(CAROL, "<@U0ALICE> <@U0ERIN>")).contains("I've asked <@U0ALICE>");
  }

  @Test
  void aNoThanksLooksToEveryoneElseJustLikeNoAnswer() {
    wire.suggest(CAROL, ALICE_AND_BOB);
    wire.suggest(CAROL, "<@U0DAN|dan> <@U0ERIN|erin> you should talk");
    app.slack().awaitCalls("chat.postMessage", 9);
    wire.click("U0ALICE", WarmIntroCard.YES_ACTION, wire.cardTo("U0ALICE", 0));
    wire.click("U0DAN", WarmIntroCard.YES_ACTION, wire.cardTo("U0DAN", 0));
    wire.click("U0BOB", WarmIntroCard.NO_ACTION, wire.cardTo("U0BOB", 0));
    List<SlackCall> answered = app.slack().awaitCalls("chat.update", 3);
    String bobs = VisibleText.of(updateTo(answered, "D0BOB").param("blocks"));
    assertThat(bobs).contains("You said no thanks");

    app.clock().advance(WarmIntroductions.ANSWER_WITHIN);
    wire.lapseDue();

    List<SlackCall> updates = app.slack().calls("chat.update");
    assertThat(updates).hasSize(6);
    assertThat(notes(updates, "D0ALICE", "U0BOB"))
        .isEqualTo(notes(updates, "D0DAN", "U0ERIN"))
        .hasSize(2)
        .last()
        .asString()
        .contains("This suggestion has lapsed");
    List<SlackCall> toCarol =
        app.slack().calls("chat.postMessage").stream()
            .filter(c -> c.param("channel").equals(CAROL) && c.param("text").contains("lapsed"))
            .toList();
    assertThat(toCarol).hasSize(2);
    assertThat(
            VisibleText.of(toCarol.get(0).param("blocks"))
                .replace("U0ALICE", "U0DAN")
                .replace("U0BOB", "U0ERIN"))
        .isEqualTo(VisibleText.of(toCarol.get(1).param("blocks")));
    assertThat(wire.suggest(CAROL, ALICE_AND_BOB)).contains("can't happen right now");
  }

  @Test
  void aBlockMadeAfterAYesStopsTheSecondYesFromIntroducingThemAndLooksLikeWaiting() {
    wire.suggest(CAROL, ALICE_AND_BOB);
    app.slack().awaitCalls("chat.postMessage", 7);
    wire.click("U0ALICE", WarmIntroCard.YES_ACTION, wire.cardTo("U0ALICE", 0));
    app.slack().awaitCalls("chat.update", 1);
    blocks().blockPerson(id("U0ALICE"), "U0BOB");

    wire.click("U0BOB", WarmIntroCard.YES_ACTION, wire.cardTo("U0BOB", 0));
    List<SlackCall> updates = app.slack().awaitCalls("chat.update", 2);

    assertThat(notes(updates, "D0BOB", "U0ALICE"))
        .isEqualTo(notes(updates, "D0ALICE", "U0BOB"))
        .hasSize(1);
    app.clock().advance(WarmIntroductions.ANSWER_WITHIN);
    wire.lapseDue();
    assertThat(app.slack().appCalls())
        .extracting(SlackCall::method)
        .doesNotContain("conversations.open");
    assertThat(
            app.slack().calls("chat.postMessage").stream()
                .filter(
                    c -> c.param("channel").equals(CAROL) && c.param("text").contains("lapsed")))
        .hasSize(1);
  }

  /**
   * What each update of the card in {@code channel} said in place of the buttons, with the other
   * person's id taken out.
   */
  private static List<String> notes(List<SlackCall> updates, String channel, String other) {
    return updates.stream()
        .filter(u -> u.param("channel").equals(channel))
        .map(u -> VisibleText.of(u.param("blocks")).strip())
        .map(text -> text.substring(text.lastIndexOf('\n') + 1).replace(other, "OTHER"))
        .toList();
  }

  private static SlackCall updateTo(List<SlackCall> updates, String channel) {
    return updates.stream()
        .filter(u -> u.param("channel").equals(channel))
        .reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError("no update in " + channel));
  }

  /** <b>I agree</b> to the current notice, clicked in App Home. */
  private void agree(String userId) {
    assertThat(
            app.requests()
                .interaction(
                    SlackPayloads.button(userId, NoticeBlocks.AGREE_ACTION, app.noticeVersion()))
                .statusCode())
        .isEqualTo(200);
  }

  /**
   * As if the notice had changed since {@code userId} last agreed and they had not agreed again.
   */
  void agreedOnlyToAnEarlierNotice(String userId) {
    app.jdbi()
        .useHandle(
            h ->
                h.createUpdate(
                        "UPDATE member SET consent_notice_version = :earlier"
                            + " WHERE user_id = :user")
                    .bind("earlier", "2025-01.0a1b2c3d")
                    .bind("user", userId)
                    .execute());
  }

  long id(String userId) {
    return wire.memberId(userId);
  }

  long organisationOf(String userId) {
    return app.jdbi()
        .onDemand(MemberLookup.class)
        .findByUserId(userId)
        .orElseThrow()
        .organisationId();
  }

  BlockList blocks() {
    return new BlockList(app.jdbi(), app.clock());
  }

  DeclineRepository declines() {
    return app.jdbi().onDemand(DeclineRepository.class);
  }

  MemberStatus status() {
    return new MemberStatus(app.jdbi());
  }
}
