package org.commonground.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.commonground.bot.testing.ConsoleClient;
import org.commonground.bot.testing.ConsoleClient.Page;
import org.commonground.bot.testing.Network;
import org.commonground.bot.testing.RunningApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The rounds page: the chat's {@code /digest status}, preview and run, from the console. */
class ConsoleRoundsTest {

  private static final String ADMIN = "U0ADMIN";

  @RegisterExtension
  final RunningApp app = new RunningApp().withConsole().with("ADMIN_USER_IDS", ADMIN);

  private ConsoleClient browser;

  @BeforeEach
  void aNetworkAndASignedInAdmin() {
    Network network = new Network(app);
    network.introduce("U0ALICE", "Wirral Council", "LOCAL_AUTHORITY", 0, 1);
    network.introduce("U0BOB", "Open Door Centre", "VCFSE", 1, 2);
    app.slack().awaitCalls("chat.postMessage", 2);
    browser = app.console();
    browser.signInAs(app.slack(), ADMIN, "Ada Lovelace");
  }

  @Test
  void beforeAnyRoundTheStatusSaysSoAndAPreviewShowsWhoWouldMeet() {
    Page page = browser.get("/admin/rounds");
    assertThat(page.text()).contains("No round has run yet.");

    Page preview = browser.post("/admin/rounds", Map.of("action", "preview"));

    assertThat(preview.document().select("#preview").text())
        .contains("Wirral Council", "Open Door Centre");
  }

  @Test
  void runningTheRoundNowSendsTheDigestsAndTheOutcomeToTheAdmin() {
    browser.get("/admin/rounds");

    Page page = browser.post("/admin/rounds", Map.of("action", "run"));

    assertThat(page.text()).contains("This week's round is running");
    // Two digests, and the outcome in the admin's chat.
    app.slack().awaitCalls("chat.postMessage", 5);
    assertThat(browser.get("/admin/rounds").text()).contains("2026-W48");
  }
}
