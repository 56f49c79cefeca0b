package org.commonground.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.util.List;
import org.commonground.bot.teams.cards.CardIds;
import org.commonground.bot.testing.CardText;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.TeamsClient;
import org.commonground.bot.testing.TeamsPerson;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.teams.TeamsUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A Teams member's export and erasure. */
class TeamsPrivacyTest {

  @RegisterExtension final RunningApp app = new RunningApp().withTeams();

  private TeamsClient teams;
  private TeamsPerson alice;

  @BeforeEach
  void setUp() {
    teams = app.teams();
    alice = teams.person("Alice Example", "alice@nhs.example");
    teams.send(teams.installation(alice));
    teams.connector().awaitActivities(alice.conversationId(), 1);
    ProfileInputs.introduce(app, alice);
  }

  @Test
  void exportSendsEverythingHeldIncludingWhereTheAppReachesThemInTeams() {
    teams.send(teams.message(alice, "introduce export"));

    String text =
        teams
            .connector()
            .awaitActivities(alice.conversationId(), 2)
            .get(1)
            .get("text")
            .getAsString();
    assertThat(text).startsWith("Here is everything Common Ground holds about you");
    String json = text.substring(text.indexOf("```json\n") + 8, text.lastIndexOf("\n```"));
    JsonObject file = JsonParser.parseString(json).getAsJsonObject();
    assertThat(file.toString()).contains("Social prescribing lead", "alice@nhs.example");
    assertThat(file.getAsJsonArray("teams_chat")).hasSize(1);
  }

  @Test
  void askingAgainAtOnceGetsPointedAtTheFirstExport() {
    teams.send(teams.message(alice, "introduce export"));
    teams.connector().awaitActivities(alice.conversationId(), 2);

    teams.send(teams.message(alice, "introduce export"));

    List<JsonObject> chat = teams.connector().awaitActivities(alice.conversationId(), 3);
    assertThat(chat.get(2).get("text").getAsString()).contains("a few minutes ago");
  }

  @Test
  void deletingAsksFirstThenDeletesEverythingAndSaysWhatWent() {
    teams.send(teams.message(alice, "introduce delete"));
    JsonObject confirm =
        TeamsInstallTest.card(teams.connector().awaitActivities(alice.conversationId(), 2).get(1));
    assertThat(CardText.of(confirm)).contains("Delete");
    assertThat(profileExists()).isTrue();

    HttpResponse<String> done =
        teams.send(teams.execute(alice, CardIds.DELETE_CONFIRM_VERB, new JsonObject()));

    assertThat(CardText.of(TeamsClient.answeredCard(done)))
        .contains("Your Common Ground profile is deleted.");
    assertThat(profileExists()).isFalse();
    assertThat(new TeamsUsers(app.jdbi(), app.clock()).find(alice.userId())).isEmpty();
    String told =
        teams
            .connector()
            .awaitActivities(alice.conversationId(), 3)
            .get(2)
            .get("text")
            .getAsString();
    assertThat(told).contains("🗑️", "We deleted:", "your profile", "Send **introduce**");
    assertThat(told).doesNotContain("/introduce", ":wastebasket:");
  }

  @Test
  void keepingChangesNothing() {
    HttpResponse<String> kept =
        teams.send(teams.execute(alice, CardIds.DELETE_CANCEL_VERB, new JsonObject()));

    assertThat(CardText.of(TeamsClient.answeredCard(kept))).contains("Nothing is deleted");
    assertThat(profileExists()).isTrue();
  }

  private boolean profileExists() {
    return new ProfileStore(app.jdbi(), app.clock()).findByUserId(alice.userId()).isPresent();
  }
}
