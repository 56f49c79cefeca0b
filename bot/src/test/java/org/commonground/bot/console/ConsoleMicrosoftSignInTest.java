package org.commonground.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import org.commonground.bot.testing.ConsoleClient;
import org.commonground.bot.testing.ConsoleClient.Page;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.TeamsClient;
import org.commonground.bot.testing.TeamsPerson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Signing in to the console with Microsoft, for a network in Teams: Entra's authorization code flow
 * through the fake Entra, with the admin list of Entra object ids deciding who gets in.
 */
class ConsoleMicrosoftSignInTest {

  private static final String ADMIN = "7f0c2a4e-1b3d-4c5e-8f9a-0b1c2d3e4f50";

  @RegisterExtension
  final RunningApp app = new RunningApp().teamsAlone().withConsole().with("ADMIN_USER_IDS", ADMIN);

  private void addAsAdmin(String userId) {
    try {
      app.application().networkSettings().admins().add(ADMIN, userId);
    } catch (org.commonground.bot.core.settings.SettingRejected e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void inTeamsAloneTheSignInPageOffersMicrosoftOnly() {
    Page page = app.console().get("/admin");

    assertThat(page.document().select("a.button"))
        .extracting(element -> element.text())
        .containsExactly("Sign in with Microsoft");
  }

  @Test
  void anAdminsHelpCardInTeamsOpensTheConsole() {
    TeamsClient teams = app.teams();
    TeamsPerson mary = teams.person("Mary Seacole", "mary@nhs.example");
    addAsAdmin(mary.userId());
    teams.send(teams.installation(mary));
    teams.connector().awaitActivities(mary.conversationId(), 1);

    teams.send(teams.message(mary, "introduce help"));

    JsonObject card =
        teams
            .connector()
            .awaitActivities(mary.conversationId(), 2)
            .get(1)
            .getAsJsonArray("attachments")
            .get(0)
            .getAsJsonObject()
            .getAsJsonObject("content");
    assertThat(card.getAsJsonArray("actions").toString())
        .contains(
            "Action.OpenUrl",
            "Open the console",
            app.settings().console().orElseThrow().baseUrl() + "/admin");
  }

  @Test
  void anAdminSignsInWithMicrosoft() {
    ConsoleClient browser = app.console();
    app.identity().signIn().signInAs(ADMIN, "Mary Seacole", TeamsClient.HOME_TENANT);

    Page page = browser.get("/admin/sign-in/microsoft");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.uri().getPath()).isEqualTo("/admin");
    assertThat(page.text()).contains("Signed in as Mary Seacole");
  }

  @Test
  void someoneNotOnTheAdminListIsRefused() {
    app.identity()
        .signIn()
        .signInAs("00000000-1111-2222-3333-444444444444", "Florence", TeamsClient.HOME_TENANT);

    Page page = app.console().get("/admin/sign-in/microsoft");

    assertThat(page.status()).isEqualTo(403);
    assertThat(page.text())
        .contains("You're signed in as Florence, who isn't one of this network's admins");
  }

  @Test
  void anAdminIdFromAnotherTenantIsRefused() {
    app.identity().signIn().signInAs(ADMIN, "Mary Seacole", "another-tenant");

    Page page = app.console().get("/admin/sign-in/microsoft");

    assertThat(page.status()).isEqualTo(403);
    assertThat(page.text())
        .contains("an account of an organisation that isn't part of this network");
  }

  @Test
  void anIdTokenForAnotherAppIsRefused() {
    app.identity().signIn().signInAs(ADMIN, "Mary Seacole", TeamsClient.HOME_TENANT);
    app.identity().signIn().tamperWithIdTokens(claims -> claims.audience("another-app"));

    Page page = app.console().get("/admin/sign-in/microsoft");

    assertThat(page.status()).isEqualTo(403);
    assertThat(page.text()).contains("Sign-in didn't finish");
  }
}
