package org.commonground.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.commonground.bot.teams.cards.CardIds;
import org.commonground.bot.testing.CardText;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.TeamsClient;
import org.commonground.bot.testing.TeamsPerson;
import org.commonground.storage.organisations.Organisation;
import org.commonground.storage.organisations.OrganisationCatalogue;
import org.commonground.storage.organisations.OrganisationTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A Teams newcomer whose tenant an admin linked to one organisation finds it picked on their
 * profile card; one from a tenant serving several organisations, or none, picks their own.
 */
class TeamsTenantOrganisationTest {

  private static final String NHSMAIL = "37c354b2-85b0-47f5-b222-07b48d774ee3";

  @RegisterExtension
  final RunningApp app = new RunningApp().withTeams().with("TEAMS_ALLOWED_TENANTS", NHSMAIL);

  private TeamsClient teams;
  private OrganisationTenants tenants;
  private TeamsPerson wendy;

  @BeforeEach
  void twoOrganisations() {
    teams = app.teams();
    tenants = new OrganisationTenants(app.jdbi(), app.clock());
    wendy = teams.person("Wendy Existing", "wendy@wirral.example");
    join(wendy, "Wirral Council");
    join(teams.person("Alan Existing", "alan@nhs.example", NHSMAIL), "Alder Hey");
  }

  @Test
  void aNewcomerFromATenantLinkedToOneOrganisationStartsWithItPicked() {
    tenants.link("admin", org("Wirral Council"), TeamsClient.HOME_TENANT);

    assertThat(pickedOnCard(newcomer(TeamsClient.HOME_TENANT))).contains("Wirral Council");
  }

  @Test
  void aNewcomerFromATenantServingSeveralOrganisationsPicksTheirOwn() {
    tenants.link("admin", org("Wirral Council"), NHSMAIL);
    tenants.link("admin", org("Alder Hey"), NHSMAIL);

    assertThat(pickedOnCard(newcomer(NHSMAIL))).isEmpty();
  }

  @Test
  void aNewcomerFromAnUnlinkedTenantPicksTheirOwn() {
    tenants.link("admin", org("Alder Hey"), NHSMAIL);

    assertThat(pickedOnCard(newcomer(TeamsClient.HOME_TENANT))).isEmpty();
  }

  @Test
  void aSavedProfileKeepsItsOwnOrganisation() {
    tenants.link("admin", org("Alder Hey"), TeamsClient.HOME_TENANT);

    teams.send(teams.message(wendy, "introduce"));

    JsonObject card =
        TeamsInstallTest.card(teams.connector().awaitActivities(wendy.conversationId(), 2).get(1));
    assertThat(picked(card)).contains("Wirral Council");
  }

  /** The organisation shown picked on the card {@code introduce} sends a newcomer, if any. */
  private Optional<String> pickedOnCard(TeamsPerson newcomer) {
    teams.send(teams.installation(newcomer));
    teams.connector().awaitActivities(newcomer.conversationId(), 1);
    teams.send(teams.message(newcomer, "introduce"));
    JsonObject card =
        TeamsInstallTest.card(
            teams.connector().awaitActivities(newcomer.conversationId(), 2).get(1));
    assertThat(CardText.of(card)).contains("Wirral Council", "Alder Hey");
    return picked(card);
  }

  private static Optional<String> picked(JsonObject card) {
    JsonObject input = input(card, CardIds.ORGANISATION).orElseThrow();
    if (!input.has("value")) {
      return Optional.empty();
    }
    String value = input.get("value").getAsString();
    for (JsonElement choice : input.getAsJsonArray("choices")) {
      if (choice.getAsJsonObject().get("value").getAsString().equals(value)) {
        return Optional.of(choice.getAsJsonObject().get("title").getAsString());
      }
    }
    throw new AssertionError("the picked value " + value + " is none of the choices");
  }

  private static Optional<JsonObject> input(JsonElement element, String id) {
    if (element.isJsonArray()) {
      for (JsonElement item : element.getAsJsonArray()) {
        Optional<JsonObject> found = input(item, id);
        if (found.isPresent()) {
          return found;
        }
      }
    } else if (element.isJsonObject()) {
      JsonObject object = element.getAsJsonObject();
      if (object.has("id") && object.get("id").getAsString().equals(id)) {
        return Optional.of(object);
      }
      for (var entry : object.entrySet()) {
        Optional<JsonObject> found = input(entry.getValue(), id);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private TeamsPerson newcomer(String tenantId) {
    return teams.person("Nina Newcomer", "nina@example.org", tenantId);
  }

  private void join(TeamsPerson person, String organisation) {
    teams.send(teams.installation(person));
    teams.connector().awaitActivities(person.conversationId(), 1);
    JsonObject data = ProfileInputs.complete(app);
    data.addProperty(CardIds.NEW_ORGANISATION, organisation);
    HttpResponse<String> response =
        teams.send(teams.execute(person, CardIds.PROFILE_SUBMIT_VERB, data));
    assertThat(CardText.of(TeamsClient.answeredCard(response)))
        .contains("Thanks for introducing yourself");
  }

  private Organisation org(String name) {
    return new OrganisationCatalogue(app.jdbi(), app.clock()).findByName(name).orElseThrow();
  }
}
