package org.commonground.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.commonground.bot.testing.FakeSlack;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.SlackCall;
import org.commonground.bot.testing.SlackPayloads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Admins find the console from App Home; members don't see it there. */
class ConsoleInAppHomeTest {

  @RegisterExtension
  final RunningApp app = new RunningApp().withConsole().with("ADMIN_USER_IDS", "U0ADMIN");

  @Test
  void anAdminsHomeLinksToTheConsoleAndAMembersDoesNot() {
    String console = app.settings().console().orElseThrow().baseUrl() + "/admin";

    assertThat(home("U0ADMIN", 1)).contains("<" + console + "|Open the console>");
    app.slack()
        .answerNext(
            "users.info",
            FakeSlack.Answer.ok(
                "{\"ok\":true,\"user\":{\"id\":\"U0MEMBER\",\"is_admin\":false,"
                    + "\"is_owner\":false}}"));
    assertThat(home("U0MEMBER", 2)).doesNotContain(console);
  }

  private String home(String userId, int n) {
    app.requests().event(SlackPayloads.appHomeOpened(userId));
    SlackCall publish = app.slack().awaitCalls("views.publish", n).get(n - 1);
    // Slack's SDK writes < and > as JSON escapes.
    return publish.param("view").replace("\\u003c", "<").replace("\\u003e", ">");
  }
}
