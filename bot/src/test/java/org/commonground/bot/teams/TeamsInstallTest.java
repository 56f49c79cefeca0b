package org.commonground.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.List;
import org.commonground.bot.teams.install.UnintroducedPeople;
import org.commonground.bot.testing.CardText;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.TeamsClient;
import org.commonground.bot.testing.TeamsPerson;
import org.commonground.storage.members.MemberStatus;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.teams.TeamsUser;
import org.commonground.storage.teams.TeamsUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Adding the app in Teams, and removing it. */
class TeamsInstallTest {

  @RegisterExtension final RunningApp app = new RunningApp().withTeams();

  private TeamsClient teams;
  private TeamsPerson alice;

  @BeforeEach
  void setUp() {
    teams = app.teams();
    alice = teams.person("Alice Example", "alice@nhs.example");
  }

  @Test
  void installingWelcomesThePersonWithAWayToIntroduceThemselves() {
    teams.send(teams.installation(alice));

    JsonObject welcome = card(teams.connector().awaitActivities(alice.conversationId(), 1).get(0));
    assertThat(CardText.of(welcome)).contains("Introduce yourself");
    assertThat(welcome.getAsJsonArray("actions").get(0).getAsJsonObject().get("verb").getAsString())
        .isEqualTo("introduce");
    TeamsUser stored = users().find(alice.userId()).orElseThrow();
    assertThat(stored.conversationId()).isEqualTo(alice.conversationId());
    assertThat(stored.email()).isEqualTo("alice@nhs.example");
    assertThat(stored.name()).isEqualTo("Alice Example");
  }

  @Test
  void teamsTellingOfOneInstallationTwiceWelcomesOnce() {
    teams.send(teams.installation(alice));
    teams.send(teams.botAdded(alice));
    TeamsPerson bob = teams.person("Bob Example", "bob@council.example");
    teams.send(teams.installation(bob));

    teams.connector().awaitActivities(bob.conversationId(), 1);
    assertThat(teams.connector().activities(alice.conversationId())).hasSize(1);
  }

  @Test
  void removingTheAppPausesTheMemberAndAddingItAgainBringsThemBack() {
    teams.send(teams.installation(alice));
    ProfileInputs.introduce(app, alice);
    int before = teams.connector().activities(alice.conversationId()).size();

    teams.send(teams.uninstallation(alice));

    List<JsonObject> after = teams.connector().awaitActivities(alice.conversationId(), before + 1);
    assertThat(after.get(after.size() - 1).get("text").getAsString())
        .contains("Your profile is kept and paused");
    assertThat(pausedUntil()).hasToString(MemberStatus.UNTIL_RESUMED.toString());

    teams.send(teams.installation(alice));

    teams.connector().awaitActivities(alice.conversationId(), before + 2);
    assertThat(pausedUntil()).isNull();
  }

  @Test
  void removingTheAppBeforeIntroducingYourselfLeavesNothingBehind() {
    teams.send(teams.installation(alice));
    int before = teams.connector().awaitActivities(alice.conversationId(), 1).size();

    teams.send(teams.uninstallation(alice));

    List<JsonObject> after = teams.connector().awaitActivities(alice.conversationId(), before + 1);
    assertThat(after.get(after.size() - 1).get("text").getAsString())
        .contains("You hadn't introduced yourself, so we've deleted the little we knew");
    assertThat(new TeamsUsers(app.jdbi(), app.clock()).find(alice.userId())).isEmpty();
  }

  @Test
  void someoneWhoNeverIntroducesThemselvesIsForgottenAfterAMonthAndWelcomedBackIfTheyWrite() {
    teams.send(teams.installation(alice));
    teams.connector().awaitActivities(alice.conversationId(), 1);
    TeamsUsers users = new TeamsUsers(app.jdbi(), app.clock());
    UnintroducedPeople unintroduced = new UnintroducedPeople(users, app.clock());

    app.clock().advance(Duration.ofDays(29));
    assertThat(unintroduced.forget()).isZero();
    app.clock().advance(Duration.ofDays(2));
    assertThat(unintroduced.forget()).isEqualTo(1);
    assertThat(users.find(alice.userId())).isEmpty();

    teams.send(teams.message(alice, "introduce"));
    List<JsonObject> chat = teams.connector().awaitActivities(alice.conversationId(), 2);
    assertThat(CardText.of(chat.get(chat.size() - 1))).contains("Introduce yourself");
    assertThat(users.find(alice.userId())).isPresent();
  }

  private Object pausedUntil() {
    return new ProfileStore(app.jdbi(), app.clock())
        .findByUserId(alice.userId())
        .orElseThrow()
        .member()
        .pausedUntil();
  }

  private TeamsUsers users() {
    return new TeamsUsers(app.jdbi(), app.clock());
  }

  static JsonObject card(JsonObject activity) {
    return activity
        .getAsJsonArray("attachments")
        .get(0)
        .getAsJsonObject()
        .getAsJsonObject("content");
  }
}
