package org.commonground.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.util.List;
import org.commonground.bot.testing.CardText;
import org.commonground.bot.testing.Network;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.SlackCall;
import org.commonground.bot.testing.TeamsClient;
import org.commonground.bot.testing.TeamsPerson;
import org.commonground.bot.testing.VisibleText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The app's notices reach a Teams member on Teams, and Slack never hears of their id. */
class TeamsNoticesTest {

  @RegisterExtension final RunningApp app = new RunningApp().withTeams();

  @Test
  void aNewPrivacyNoticeAsksTheTeamsMemberOnTeamsAndTheSlackMemberOnSlack() throws Exception {
    new Network(app).introduce("U0ALICE", "Wirral Council", "LOCAL_AUTHORITY", 0, 1);
    TeamsClient teams = app.teams();
    TeamsPerson tom = teams.person("Tom Teams", "tom.teams@nhs.example");
    teams.send(teams.installation(tom));
    teams.connector().awaitActivities(tom.conversationId(), 1);
    ProfileInputs.introduce(app, tom);

    app.restartWith("PRIVACY_CONTROLLER", "Wirral Council");

    JsonObject request = teams.connector().awaitActivities(tom.conversationId(), 2).get(1);
    assertThat(CardText.of(TeamsInstallTest.card(request)))
        .contains("We've updated our privacy notice.", "I agree")
        .doesNotContain(":memo:");
    List<SlackCall> toAlice =
        app.slack()
            .awaitCalls(
                "chat.postMessage",
                c ->
                    "U0ALICE".equals(c.param("channel"))
                        && c.param("text").contains("updated privacy notice"),
                1);
    assertThat(VisibleText.of(toAlice.get(0).param("blocks"))).contains("Here is what it says");
    assertThat(app.slack().appCalls())
        .noneMatch(
            c -> tom.userId().equals(c.param("channel")) || tom.userId().equals(c.param("user")));
  }
}
