package org.commonground.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.commonground.bot.core.views.Markup;
import org.commonground.bot.testing.ConsoleClient;
import org.commonground.bot.testing.ConsoleClient.Page;
import org.commonground.bot.testing.LongestData;
import org.commonground.bot.testing.Network;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.SlackCall;
import org.commonground.bot.testing.SlackPayloads;
import org.commonground.bot.testing.VisibleText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The network's own words, written in the console and sent by the chat without a restart: shown
 * literally at their longest, so nobody pings a channel or forges a mention through them, and
 * refused with nothing changed when too long.
 */
class ConsoleMessagesTest {

  private static final String ADMIN = "U0ADMIN01";

  /** The longest the console takes, made of what escaping multiplies and would-be mentions. */
  private static final String LONGEST = LongestData.text("Our network meets in June. ", 499) + ".";

  @RegisterExtension
  final RunningApp app =
      new RunningApp()
          .withConsole()
          .with("ADMIN_USER_IDS", ADMIN)
          .with("DIGEST_MESSAGES_PER_MINUTE", "60000");

  private ConsoleClient browser;

  @BeforeEach
  void signIn() {
    browser = app.console();
    browser.signInAs(app.slack(), ADMIN, "Ada Lovelace");
    browser.get("/admin/messages");
  }

  @Test
  void aNewcomerIsWelcomedWithTheNetworksWordsShownAsTyped() {
    Page page = browser.post("/admin/messages", Map.of("action", "welcome", "welcome", LONGEST));
    assertThat(page.text()).contains("The welcome is saved");
    assertThat(page.document().select("#welcome").text()).isEqualTo(LONGEST);

    app.requests().event(SlackPayloads.teamJoin("Ev0JOIN1", "U0NEWBIE"));

    SlackCall welcome = app.slack().awaitCall("chat.postMessage");
    assertThat(welcome.param("channel")).isEqualTo("U0NEWBIE");
    assertThat(VisibleText.of(welcome.param("blocks")))
        .contains("Welcome to the network", Markup.escape(LONGEST), "Introduce yourself");
    assertThat(welcome.param("blocks")).doesNotContain("<!channel>", "<@U0FORGED>");
  }

  @Test
  void theWeeksDigestsCarryTheNoteAndAClearedNoteLeavesNone() {
    Network network = new Network(app);
    network.introduce("U0ALICE", "Wirral Council", "LOCAL_AUTHORITY", 0, 1);
    network.introduce("U0BOB", "Open Door Centre", "VCFSE", 1, 2);

    browser.post("/admin/messages", Map.of("action", "digest-note", "digest-note", LONGEST));
    runTheRound();

    List<SlackCall> digests = digests();
    assertThat(digests).hasSize(2);
    for (SlackCall digest : digests) {
      assertThat(VisibleText.of(digest.param("blocks"))).contains(Markup.escape(LONGEST));
      assertThat(digest.param("blocks")).doesNotContain("<!channel>");
    }
    Page cleared =
        browser.post("/admin/messages", Map.of("action", "digest-note", "digest-note", "  "));
    assertThat(cleared.text()).contains("The digest note is saved");
    assertThat(app.application().networkSettings().texts().digestNote()).isEmpty();
  }

  @Test
  void aNoteTooLongIsRefusedWithWhatWasTypedAndNothingSaved() {
    Page page =
        browser.post(
            "/admin/messages", Map.of("action", "digest-note", "digest-note", LONGEST + "!"));

    assertThat(page.status()).isEqualTo(400);
    assertThat(page.document().select(".error-summary a").attr("href")).isEqualTo("#digest-note");
    assertThat(page.document().select(".error-summary").text()).contains("501", "500");
    assertThat(page.document().select("#digest-note").text()).isEqualTo(LONGEST + "!");
    assertThat(app.application().networkSettings().texts().digestNote()).isEmpty();
  }

  @Test
  void aFormWithoutItsTokenSavesNothing() {
    Page page =
        browser.postExactly("/admin/messages", Map.of("action", "welcome", "welcome", "Hello"));

    assertThat(page.status()).isEqualTo(403);
    assertThat(app.application().networkSettings().texts().welcome()).isEmpty();
  }

  private void runTheRound() {
    app.requests().slashCommand("/digest", "run", ADMIN);
    app.slack()
        .awaitCalls(
            "chat.postMessage",
            c -> ADMIN.equals(c.param("channel")) && c.param("text").contains("digests sent now"),
            1);
  }

  private List<SlackCall> digests() {
    return app.slack().calls("chat.postMessage").stream()
        .filter(c -> c.param("metadata") != null)
        .toList();
  }
}
