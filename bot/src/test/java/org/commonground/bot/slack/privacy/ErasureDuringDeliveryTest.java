package org.commonground.bot.slack.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.commonground.bot.core.privacy.DeletionReport;
import org.commonground.bot.slack.digest.DigestMessage;
import org.commonground.bot.testing.Eventually;
import org.commonground.bot.testing.Hold;
import org.commonground.bot.testing.Network;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.SlackCall;
import org.commonground.bot.testing.SlackPayloads;
import org.commonground.bot.testing.VisibleText;
import org.commonground.storage.rounds.RoundMember;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A member who deletes their profile while their match's digest is on its way: Slack has the
 * digest, but has not yet said where it landed. It is redrawn without them once it has.
 */
class ErasureDuringDeliveryTest {

  private static final String[] MEMBERS = {"U0FIRST", "U0SECOND"};

  @RegisterExtension
  final RunningApp app =
      new RunningApp()
          .with("ADMIN_USER_IDS", "U0ADMIN")
          .with("DIGEST_MESSAGES_PER_MINUTE", "60000");

  @Test
  void theDigestStillBeingPostedIsRedrawnWithoutThemOnceItHasLanded() throws Exception {
    Network network = new Network(app);
    network.introduce(MEMBERS[0], "Sefton Council", "LOCAL_AUTHORITY", 0);
    network.introduce(MEMBERS[1], "Open Door Centre", "VCFSE", 0);
    app.slack().awaitCalls("chat.postMessage", 2);
    Hold firstDigest = app.slack().slowCall("chat.postMessage", 3);
    app.requests().slashCommand("/digest", "run", "U0ADMIN");
    firstDigest.reached();
    String recipient = app.slack().calls("chat.postMessage").get(2).param("channel");
    String leaver = recipient.equals(MEMBERS[0]) ? MEMBERS[1] : MEMBERS[0];

    app.requests().interaction(SlackPayloads.submitted(leaver, DeletionModal.CALLBACK_ID));

    String told = VisibleText.of(report(leaver).param("blocks"));
    assertThat(told.substring(told.indexOf(DeletionReport.PENDING_HEADING)))
        .contains("another member's digest");
    firstDigest.release();
    Eventually.until("the digest to be recorded where it landed", () -> delivered() != null);
    RoundMember delivered = delivered();
    app.clock().advance(Duration.ofMinutes(5));
    try (ScheduledRemover remover = new ScheduledRemover(app)) {
      remover.removeDue();
    }

    SlackCall redrawn = app.slack().awaitCall("chat.update");
    assertThat(redrawn.params())
        .containsEntry("channel", delivered.dmChannel())
        .containsEntry("ts", delivered.messageTs());
    assertThat(VisibleText.of(redrawn.param("blocks")))
        .contains("has left Common Ground")
        .doesNotContain(leaver, orgOf(leaver));
    assertThat(redrawn.param("blocks")).doesNotContain(DigestMessage.INTRO_ME_ACTION);
  }

  private static String orgOf(String member) {
    return member.equals(MEMBERS[0]) ? "Sefton Council" : "Open Door Centre";
  }

  private SlackCall report(String member) {
    List<SlackCall> told =
        app.slack()
            .awaitCalls(
                "chat.postMessage",
                c ->
                    member.equals(c.param("channel"))
                        && DeletionReport.TEXT.equals(c.param("text")),
                1);
    return told.get(0);
  }

  /** The digest that was on its way, once the app knows where it landed; null until then. */
  private RoundMember delivered() {
    long round = app.stores().rounds().latest().orElseThrow().id();
    return app.stores().rounds().members(round).stream()
        .filter(m -> m.messageTs() != null)
        .findFirst()
        .orElse(null);
  }
}
