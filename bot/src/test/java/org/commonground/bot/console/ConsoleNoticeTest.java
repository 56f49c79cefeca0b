package org.commonground.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.commonground.bot.slack.consent.ConsentRequestDm;
import org.commonground.bot.testing.ConsoleClient;
import org.commonground.bot.testing.ConsoleClient.Page;
import org.commonground.bot.testing.Network;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.SlackCall;
import org.commonground.bot.testing.VisibleText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The privacy notice's fields changed in the console: a new version at once, without a restart,
 * that every member is asked to agree to; the same fields saved again, or wrong ones, change
 * nothing.
 */
class ConsoleNoticeTest {

  private static final String ADMIN = "U0ADMIN01";
  private static final String CONTROLLER = "Greater Manchester Combined Authority";
  private static final String CONTACT = "dpo@greatermanchester-ca.gov.uk";

  @RegisterExtension
  final RunningApp app =
      new RunningApp()
          .withConsole()
          .with("ADMIN_USER_IDS", ADMIN)
          .with("DIGEST_MESSAGES_PER_MINUTE", "60000");

  private ConsoleClient browser;

  @BeforeEach
  void aNetworkAndAnAdminSignedIn() {
    Network network = new Network(app);
    network.introduce("U0ALICE", "Wirral Council", "LOCAL_AUTHORITY", 0, 1);
    network.introduce("U0BOB", "Open Door Centre", "VCFSE", 1, 2);
    app.slack().awaitCalls("chat.postMessage", 2);
    browser = app.console();
    browser.signInAs(app.slack(), ADMIN, "Ada Lovelace");
    browser.get("/admin/privacy");
  }

  @Test
  void aNewControllerIsANewNoticeEveryMemberIsAskedToAgreeTo() {
    String earlier = app.noticeVersion();

    Page page = save(CONTROLLER, CONTACT, "https://example.org/privacy");

    assertThat(page.text()).contains("The privacy notice is saved");
    assertThat(app.noticeVersion()).isNotEqualTo(earlier);
    assertThat(page.document().select("#notice-version").text()).isEqualTo(app.noticeVersion());
    assertThat(page.document().select(".inset").text())
        .contains(CONTROLLER + ", the data controller", CONTACT);
    List<SlackCall> requests = awaitRequests(2);
    assertThat(requests)
        .extracting(c -> c.param("channel"))
        .containsExactlyInAnyOrder("U0ALICE", "U0BOB");
    assertThat(VisibleText.of(requests.get(0).param("blocks")))
        .contains("We've updated our privacy notice", CONTROLLER, CONTACT, app.noticeVersion());
    assertThat(VisibleText.of(app.requests().slashCommand("/introduce", "help", "U0ALICE").body()))
        .contains(CONTROLLER);
    assertThat(auditActions()).contains("settings.privacy_notice");
  }

  @Test
  void theSameDetailsSavedAgainAreNoNewNotice() {
    save(CONTROLLER, "", "");
    awaitRequests(2);
    String version = app.noticeVersion();

    Page again = save(" " + CONTROLLER + " ", "", "");

    assertThat(again.status()).isEqualTo(200);
    assertThat(again.text())
        .contains("Nothing changed: the notice already says this")
        .doesNotContain("being asked");
    assertThat(app.noticeVersion()).isEqualTo(version);
    assertThat(auditActions()).containsOnlyOnce("settings.privacy_notice");
  }

  @Test
  void anAddressThatIsNoWebPageIsRefusedBesideItsFieldAndNothingChanges() {
    String version = app.noticeVersion();

    Page page = save(CONTROLLER, CONTACT, "javascript:alert(1)");

    assertThat(page.status()).isEqualTo(400);
    assertThat(page.document().select(".error-summary a").attr("href")).isEqualTo("#url");
    assertThat(page.document().select("#url").attr("aria-describedby"))
        .isEqualTo("url-hint url-error");
    assertThat(page.document().select("#controller").attr("value")).isEqualTo(CONTROLLER);
    assertThat(app.noticeVersion()).isEqualTo(version);
    assertThat(auditActions()).doesNotContain("settings.privacy_notice");
  }

  @Test
  void aNoticeWithoutAControllerIsRefused() {
    Page page = save("   ", CONTACT, "");

    assertThat(page.status()).isEqualTo(400);
    assertThat(page.document().select(".error-summary a").attr("href")).isEqualTo("#controller");
    assertThat(page.text()).contains("Name the data controller");
  }

  private Page save(String controller, String contact, String url) {
    return browser.post(
        "/admin/privacy", Map.of("controller", controller, "contact", contact, "url", url));
  }

  private List<SlackCall> awaitRequests(int count) {
    return app.slack()
        .awaitCalls("chat.postMessage", c -> ConsentRequestDm.TEXT.equals(c.param("text")), count);
  }

  private List<String> auditActions() {
    return app.jdbi()
        .withHandle(
            handle ->
                handle.createQuery("SELECT action FROM audit_log").mapTo(String.class).list());
  }
}
