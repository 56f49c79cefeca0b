package org.commonground.bot.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.bot.testing.Members.ADMIN;
import static org.commonground.bot.testing.Members.MEMBER;

import java.time.Instant;
import org.commonground.bot.testing.CapturedLogs;
import org.commonground.bot.testing.FakeSlack;
import org.commonground.bot.testing.Members;
import org.commonground.bot.testing.Network;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.SignedRequests;
import org.commonground.bot.testing.SlackPayloads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Everything the app logs while it serves good and bad requests, is refused by Slack and is rate
 * limited holds no credential and no part of any request body.
 */
class LogHygieneTest {

  /** Appears only inside request bodies. */
  private static final String CANARY = "Canary7f3a";

  @RegisterExtension final CapturedLogs logs = new CapturedLogs();

  @RegisterExtension
  final RunningApp app =
      new RunningApp().with("ADMIN_USER_IDS", ADMIN).with("DIGEST_MESSAGES_PER_MINUTE", "60000");

  @Test
  void neverWritesTheBotTokenTheSigningSecretOrARequestBody() {
    sendGoodAndBadRequests();
    runARoundThatIsRateLimited();

    String written = String.join("", logs.written());
    assertThat(written).contains("Refused a request", "Slack asked us to wait");
    assertThat(written)
        .doesNotContain(RunningApp.BOT_TOKEN, "0000-test-token")
        .doesNotContain(RunningApp.SIGNING_SECRET)
        .doesNotContainIgnoringCase(CANARY);
  }

  private void sendGoodAndBadRequests() {
    Members.command(app, "/tags", "add " + CANARY, ADMIN);
    Members.command(app, "/orgs", "rename " + CANARY + " -> x", ADMIN);
    app.slack().answerNext("views.open", FakeSlack.Answer.error("expired_trigger_id"));
    Members.command(app, "/introduce", CANARY, MEMBER);
    String now = Long.toString(Instant.now().getEpochSecond());
    app.requests().send(SignedRequests.FORM, "command=%2Ftags&text=" + CANARY, now, "v0=forged");
    app.requests().post(SignedRequests.FORM, "payload=%7B%22" + CANARY);
    app.requests().post(SignedRequests.JSON, "{\"type\":\"" + CANARY + "\"}");
    app.requests().event(SlackPayloads.userChange("Ev0LOG", MEMBER, false, CANARY, CANARY));
    app.requests().event("{\"type\":\"event_callback\",\"event\":{\"type\":\"" + CANARY + "\"}}");
  }

  private void runARoundThatIsRateLimited() {
    Network network = new Network(app);
    network.introduce("U0ALICE", CANARY + " Council", "LOCAL_AUTHORITY", 0, 1);
    network.introduce("U0BOB", "Open Door Centre", "VCFSE", 1, 2);
    app.slack().awaitCalls("chat.postMessage", 2);
    // Longer than the app waits out within a call, so the round's delivery hears of it and logs it.
    app.slack().answerNext("chat.postMessage", FakeSlack.Answer.rateLimited(3));
    app.requests().slashCommand("/digest", "run", ADMIN);
    app.slack().awaitCalls("chat.postMessage", 2 + 1 + 2 + 1);
  }
}
