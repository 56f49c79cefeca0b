package org.commonground.bot.slack.consent;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.util.List;
import org.commonground.bot.testing.ButtonClick;
import org.commonground.bot.testing.Network;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.SlackCall;
import org.commonground.bot.testing.SlackPayloads;
import org.commonground.bot.testing.VisibleText;
import org.commonground.storage.members.MemberConsent;
import org.commonground.storage.members.MemberConsent.RequestMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The operator changes the privacy notice and restarts: every member is asked once to agree again,
 * and nobody who hasn't is in a round until they do. Through the real server and fake Slack.
 */
class NoticeVersionTest {

  private static final String ADMIN = "U0ADMIN";
  private static final String CONTROLLER = "Liverpool City Region Combined Authority";

  @RegisterExtension
  final RunningApp app =
      new RunningApp().with("ADMIN_USER_IDS", ADMIN).with("DIGEST_MESSAGES_PER_MINUTE", "60000");

  private String earlier;

  /** Three members of three organisations, all sharing a challenge, agreed to the first notice. */
  @BeforeEach
  void aNetworkThenANewNotice() throws Exception {
    Network network = new Network(app);
    network.introduce("U0ALICE", "Wirral Council", "LOCAL_AUTHORITY", 0, 1);
    network.introduce("U0BOB", "Open Door Centre", "VCFSE", 1, 2);
    network.introduce("U0CAROL", "Kindred", "VCFSE", 1);
    app.slack().awaitCalls("chat.postMessage", 3);
    earlier = app.noticeVersion();

    app.restartWith("PRIVACY_CONTROLLER", CONTROLLER);
  }

  @Test
  void everyMemberIsAskedByDmWithTheNewNoticeAndAnAgreeButton() {
    List<SlackCall> requests = awaitRequests(3);

    assertThat(app.noticeVersion()).isNotEqualTo(earlier);
    assertThat(requests)
        .extracting(c -> c.param("channel"))
        .containsExactlyInAnyOrder("U0ALICE", "U0BOB", "U0CAROL");
    assertThat(VisibleText.of(requests.get(0).param("blocks")))
        .contains("We've updated our privacy notice", "left out of the weekly introductions")
        .contains(CONTROLLER + ", the data controller", "anonymised after 24 months", "I agree")
        .contains(app.noticeVersion());
  }

  @Test
  void whoeverHasNotAgreedIsLeftOutOfTheRoundAndAppHomeSaysWhy() {
    awaitRequests(3);
    agreeInTheirDm("U0ALICE");
    app.requests().interaction(SlackPayloads.button("U0BOB", NoticeBlocks.AGREE_ACTION, version()));

    runTheRound(1);

    assertThat(digests()).extracting(c -> c.param("channel")).containsOnly("U0ALICE", "U0BOB");
    assertThat(homeOf("U0CAROL"))
        .contains("Until you agree to it you're left out of the weekly introductions", "I agree");
  }

  @Test
  void agreeingPutsAMemberBackIntoTheNextRoundAndUpdatesTheDmTheAppSent() {
    awaitRequests(3);
    agreeInTheirDm("U0ALICE");
    agreeInTheirDm("U0BOB");
    runTheRound(1);
    assertThat(digests()).extracting(c -> c.param("channel")).doesNotContain("U0CAROL");

    app.requests()
        .interaction(SlackPayloads.button("U0CAROL", NoticeBlocks.AGREE_ACTION, version()));

    RequestMessage dm = new MemberConsent(app.jdbi(), app.clock()).requestMessage("U0CAROL").get();
    SlackCall updated =
        app.slack().awaitCalls("chat.update", c -> dm.ts().equals(c.param("ts")), 1).get(0);
    assertThat(VisibleText.of(updated.param("blocks")))
        .contains("Thank you", "back in the weekly introductions")
        .doesNotContain("I agree");
    SlackCall home =
        app.slack()
            .awaitCalls(
                "views.publish", c -> VisibleText.of(c.param("view")).contains("Thank you"), 1)
            .get(0);
    assertThat(VisibleText.of(home.param("view"))).doesNotContain("Until you agree", "I agree");

    app.clock().advance(Duration.ofDays(7));
    runTheRound(2);
    assertThat(digests()).extracting(c -> c.param("channel")).contains("U0CAROL");
  }

  @Test
  void eachIsAskedOncePerVersionHoweverOftenTheAppStarts() throws Exception {
    awaitRequests(3);
    agreeInTheirDm("U0BOB");

    app.restartWith("PRIVACY_CONTROLLER", CONTROLLER);
    app.restartWith("PRIVACY_CONTACT", "dpo@example.org");

    // Nothing more for the same notice; then the next notice asks all three, Bob included.
    List<SlackCall> later = awaitRequests(3 + 3).subList(3, 6);
    assertThat(later)
        .extracting(c -> c.param("channel"))
        .containsExactlyInAnyOrder("U0ALICE", "U0BOB", "U0CAROL");
    assertThat(later).allMatch(c -> VisibleText.of(c.param("blocks")).contains("dpo@example.org"));
  }

  @Test
  void aClickOnARequestForAnEarlierNoticeAgreesToNothing() {
    awaitRequests(3);

    app.requests().interaction(SlackPayloads.button("U0ALICE", NoticeBlocks.AGREE_ACTION, earlier));

    assertThat(VisibleText.of(app.slack().awaitCall("views.publish").param("view")))
        .contains("earlier version of the privacy notice", "I agree");
    assertThat(digestsAfterRunning()).extracting(c -> c.param("channel")).isEmpty();
  }

  @Test
  void theExportHoldsEveryAgreementWithItsVersion() {
    awaitRequests(3);
    agreeInTheirDm("U0ALICE");

    app.requests().slashCommand("/introduce", "export", "U0ALICE");

    JsonObject file =
        JsonParser.parseString(app.slack().awaitCall("upload").param("body")).getAsJsonObject();
    JsonArray history = file.getAsJsonArray("consent_history");
    assertThat(history).hasSize(2);
    assertThat(history.get(0).getAsJsonObject().get("notice_version").getAsString())
        .isEqualTo(earlier);
    assertThat(history.get(1).getAsJsonObject().get("notice_version").getAsString())
        .isEqualTo(version());
    JsonObject current = file.getAsJsonObject("current_privacy_notice");
    assertThat(current.get("version").getAsString()).isEqualTo(version());
    assertThat(current.get("text").getAsString()).contains(CONTROLLER);
  }

  /**
   * <b>I agree</b> in the DM, with a container naming some other message: the app's own is updated.
   */
  private void agreeInTheirDm(String userId) {
    SlackCall request =
        app.slack().calls("chat.postMessage").stream()
            .filter(c -> ConsentRequestDm.TEXT.equals(c.param("text")))
            .filter(c -> userId.equals(c.param("channel")))
            .reduce((first, second) -> second)
            .orElseThrow();
    String forged = "1717999999.000001";
    app.requests()
        .interaction(
            ButtonClick.of(
                userId, NoticeBlocks.AGREE_ACTION, version(), request, "D0OTHER", forged));
    RequestMessage dm = new MemberConsent(app.jdbi(), app.clock()).requestMessage(userId).get();
    app.slack().awaitCalls("chat.update", c -> dm.ts().equals(c.param("ts")), 1);
    assertThat(app.slack().calls("chat.update")).noneMatch(c -> forged.equals(c.param("ts")));
  }

  private String version() {
    return app.noticeVersion();
  }

  private List<SlackCall> awaitRequests(int count) {
    return app.slack()
        .awaitCalls("chat.postMessage", c -> ConsentRequestDm.TEXT.equals(c.param("text")), count);
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

  private List<SlackCall> digestsAfterRunning() {
    runTheRound(1);
    return digests();
  }

  private List<SlackCall> digests() {
    return app.slack().calls("chat.postMessage").stream()
        .filter(c -> c.param("metadata") != null)
        .toList();
  }

  private String homeOf(String userId) {
    int before = app.slack().calls("views.publish").size();
    app.requests().event(SlackPayloads.appHomeOpened(userId));
    return VisibleText.of(
        app.slack().awaitCalls("views.publish", before + 1).get(before).param("view"));
  }
}
