package org.commonground.bot.limits;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.util.Map;
import org.commonground.bot.slack.consent.ConsentRequestDm;
import org.commonground.bot.testing.LongestData;
import org.commonground.bot.testing.Members;
import org.commonground.bot.testing.Network;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.SlackCall;
import org.commonground.bot.testing.SlackPayloads;
import org.commonground.bot.testing.VisibleText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The privacy notice at the longest settings the app accepts, escaped at its costliest, on every
 * surface that shows it: the strict fake Slack says whether Slack would take each.
 */
class LongestPrivacyNoticeTest {

  private static final String MEMBER = Members.MEMBER;
  private static final Map<String, String> LONGEST = LongestData.privacySettings();
  private static final String CONTROLLER = LONGEST.get("PRIVACY_CONTROLLER");
  private static final String URL = LONGEST.get("PRIVACY_NOTICE_URL");

  @RegisterExtension
  final RunningApp app =
      new RunningApp()
          .with("PRIVACY_CONTROLLER", CONTROLLER)
          .with("PRIVACY_CONTACT", LONGEST.get("PRIVACY_CONTACT"))
          .with("PRIVACY_NOTICE_URL", URL)
          .with("DIGEST_MESSAGES_PER_MINUTE", "60000");

  @Test
  void theProfileFormCarriesTheShortNoticeAndTheLink() {
    new Network(app).introduce(MEMBER, "Sefton Council", "LOCAL_AUTHORITY", 0);

    app.requests().slashCommand("/introduce", "", MEMBER);

    String form = app.slack().awaitCall("views.open").param("view");
    assertThat(VisibleText.of(form)).contains("Controller", "Contact", "I agree to share");
    assertThat(JsonParser.parseString(form).toString()).contains("\"url\":\"" + URL + "\"");
  }

  @Test
  void helpCarriesTheWholeNotice() {
    String help = Members.command(app, "/introduce", "help", MEMBER);

    assertThat(help).contains("the data controller", "Full privacy notice");
    assertThat(help).doesNotContain("<!channel>");
  }

  @Test
  void theRequestToAgreeAgainAndAppHomeFitForAMemberOnAnEarlierNotice() throws Exception {
    new Network(app).introduce(MEMBER, "Sefton Council", "LOCAL_AUTHORITY", 0);
    app.jdbi().useHandle(h -> h.execute("UPDATE member SET consent_notice_version = '2026-11'"));

    app.restartWith("PRIVACY_CONTROLLER", CONTROLLER);

    SlackCall request =
        app.slack()
            .awaitCalls("chat.postMessage", c -> ConsentRequestDm.TEXT.equals(c.param("text")), 1)
            .get(0);
    assertThat(VisibleText.of(request.param("blocks"))).contains("Controller", "I agree");
    app.requests().event(SlackPayloads.appHomeOpened(MEMBER));
    String home = VisibleText.of(app.slack().awaitCall("views.publish").param("view"));
    assertThat(home).contains("Until you agree", "Your data", "the data controller", "I agree");
  }
}
