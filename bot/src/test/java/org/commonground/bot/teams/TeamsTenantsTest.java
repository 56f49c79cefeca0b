package org.commonground.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.util.List;
import org.commonground.bot.teams.cards.CardIds;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.TeamsClient;
import org.commonground.bot.testing.TeamsPerson;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.teams.TeamsUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Only the home tenant and the allowed ones may use the app; anyone else is told so politely. */
class TeamsTenantsTest {

  private static final String ALLOWED = "5d2a8c1e-7f3b-4e9a-b6c4-1a2b3c4d5e6f";
  private static final String OTHER = "0e9d8c7b-6a5f-4e3d-9c2b-1a0f9e8d7c6b";

  @RegisterExtension
  final RunningApp app = new RunningApp().withTeams().with("TEAMS_ALLOWED_TENANTS", ALLOWED);

  private TeamsClient teams;

  @BeforeEach
  void setUp() {
    teams = app.teams();
  }

  @Test
  void aPersonFromAnAllowedTenantIsWelcomed() {
    TeamsPerson carol = teams.person("Carol Example", "carol@charity.example", ALLOWED);

    teams.send(teams.installation(carol));

    assertThat(
            teams.connector().awaitActivities(carol.conversationId(), 1).get(0).has("attachments"))
        .isTrue();
    assertThat(new TeamsUsers(app.jdbi(), app.clock()).find(carol.userId())).isPresent();
  }

  @Test
  void aPersonFromAnyOtherTenantIsRefusedPolitelyAndNothingIsStored() {
    TeamsPerson dan = teams.person("Dan Example", "dan@elsewhere.example", OTHER);

    teams.send(teams.installation(dan));
    teams.send(teams.message(dan, "introduce"));
    HttpResponse<String> pressed =
        teams.send(teams.execute(dan, CardIds.PROFILE_SUBMIT_VERB, ProfileInputs.complete(app)));

    List<JsonObject> replies = teams.connector().awaitActivities(dan.conversationId(), 2);
    assertThat(replies)
        .allSatisfy(
            reply ->
                assertThat(reply.get("text").getAsString())
                    .contains("isn't open to your organisation's Microsoft 365 tenant"));
    JsonObject answer = JsonParser.parseString(pressed.body()).getAsJsonObject();
    assertThat(answer.get("value").getAsString()).contains("isn't open to your organisation");
    assertThat(new TeamsUsers(app.jdbi(), app.clock()).find(dan.userId())).isEmpty();
    assertThat(new ProfileStore(app.jdbi(), app.clock()).findByUserId(dan.userId())).isEmpty();
    assertThat(teams.connector().calls())
        .noneMatch(call -> call.kind() == org.commonground.bot.testing.ConnectorCall.Kind.MEMBER);
  }
}
