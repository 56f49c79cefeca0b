package org.commonground.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.commonground.bot.testing.ConsoleClient;
import org.commonground.bot.testing.ConsoleClient.Page;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.TeamsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A network in Teams across tenants: an admin from an allowed tenant signs in to the console
 * through Entra's multi-tenant endpoints, and an account of a tenant outside the network can't,
 * whatever its id.
 */
class ConsoleSignInAcrossTenantsTest {

  private static final String HOME_ADMIN = "7f0c2a4e-1b3d-4c5e-8f9a-0b1c2d3e4f50";
  private static final String TRUST_ADMIN = "5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
  private static final String TRUST_TENANT = "0b1c2d3e-4f50-4a6b-8c7d-7f0c2a4e1b3d";

  @RegisterExtension
  final RunningApp app =
      new RunningApp()
          .teamsAlone()
          .withConsole()
          .with("TEAMS_ALLOWED_TENANTS", TRUST_TENANT.toUpperCase())
          .with("ADMIN_USER_IDS", HOME_ADMIN + "," + TRUST_ADMIN);

  @Test
  void anAdminOfAnAllowedTenantSignsIn() {
    ConsoleClient browser = app.console();
    app.identity().signIn().signInAs(TRUST_ADMIN, "Edith Cavell", TRUST_TENANT);

    Page page = browser.get("/admin/sign-in/microsoft");

    assertThat(page.uri().getPath()).isEqualTo("/admin");
    assertThat(page.text()).contains("Signed in as Edith Cavell");
  }

  @Test
  void theHomeTenantsAdminSignsInThroughTheSameEndpoints() {
    ConsoleClient browser = app.console();
    app.identity().signIn().signInAs(HOME_ADMIN, "Mary Seacole", TeamsClient.HOME_TENANT);

    assertThat(browser.get("/admin/sign-in/microsoft").text())
        .contains("Signed in as Mary Seacole");
  }

  @Test
  void anAccountOfATenantOutsideTheNetworkIsRefused() {
    app.identity()
        .signIn()
        .signInAs(TRUST_ADMIN, "Edith Cavell", "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a");

    Page page = app.console().get("/admin/sign-in/microsoft");

    assertThat(page.status()).isEqualTo(403);
    assertThat(page.text())
        .contains("an account of an organisation that isn't part of this network");
  }
}
