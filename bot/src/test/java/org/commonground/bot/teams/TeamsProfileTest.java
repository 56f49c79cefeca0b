package org.commonground.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.commonground.bot.core.introduce.ProfileLabels;
import org.commonground.bot.teams.cards.CardIds;
import org.commonground.bot.testing.AdaptiveCardCheck;
import org.commonground.bot.testing.CardText;
import org.commonground.bot.testing.Eventually;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.TeamsClient;
import org.commonground.bot.testing.TeamsPerson;
import org.commonground.storage.members.Profile;
import org.commonground.storage.members.ProfileStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Introducing yourself in Teams: the card, its checks, and what is saved. */
class TeamsProfileTest {

  @RegisterExtension final RunningApp app = new RunningApp().withTeams();

  private TeamsClient teams;
  private TeamsPerson alice;

  @BeforeEach
  void setUp() {
    teams = app.teams();
    alice = teams.person("Alice Example", "alice@nhs.example");
    teams.send(teams.installation(alice));
    teams.connector().awaitActivities(alice.conversationId(), 1);
  }

  @Test
  void introduceSendsTheProfileCardWithEveryInputLabelled() {
    teams.send(teams.message(alice, "introduce"));

    JsonObject card =
        TeamsInstallTest.card(teams.connector().awaitActivities(alice.conversationId(), 2).get(1));
    assertThat(CardText.of(card)).contains(ProfileLabels.TITLE, ProfileLabels.ROLE);
    assertThat(inputs(card)).allSatisfy(input -> assertThat(input.has("label")).isTrue());
    assertThat(AdaptiveCardCheck.cardProblems(card)).isEmpty();
  }

  @Test
  void theWelcomeButtonOpensTheFormInPlace() {
    HttpResponse<String> response =
        teams.send(teams.execute(alice, CardIds.INTRODUCE_VERB, new JsonObject()));

    assertThat(CardText.of(TeamsClient.answeredCard(response))).contains(ProfileLabels.TITLE);
  }

  @Test
  void aCompleteCardIsSavedAndConfirmed() {
    ProfileInputs.introduce(app, alice);

    Profile saved = profile().orElseThrow();
    assertThat(saved.organisation().name()).isEqualTo("Mersey Care NHS Foundation Trust");
    assertThat(saved.member().role()).isEqualTo("Social prescribing lead");
    assertThat(saved.challenges()).hasSize(2);
  }

  @Test
  void aCardWithMistakesComesBackWithTheErrorsAndEverythingTyped() {
    JsonObject data = ProfileInputs.complete(app);
    data.addProperty(CardIds.ROLE, "x".repeat(200));
    data.remove(CardIds.CONSENT);

    HttpResponse<String> response =
        teams.send(teams.execute(alice, CardIds.PROFILE_SUBMIT_VERB, data));

    JsonObject card = TeamsClient.answeredCard(response);
    String text = CardText.of(card);
    assertThat(text).contains("Nothing is saved yet: 2 answers need another look");
    assertThat(text).contains(ProfileLabels.CONSENT_MISSING);
    assertThat(text).contains("Mersey Care NHS Foundation Trust", "Linking GP practices");
    assertThat(profile()).isEmpty();
    assertThat(AdaptiveCardCheck.cardProblems(card)).isEmpty();
  }

  @Test
  void aClientSendingTheCardAsASubmitGetsTheCardReplacedInPlace() {
    teams.send(teams.message(alice, "introduce"));
    String form =
        teams.connector().awaitActivities(alice.conversationId(), 2).get(1).get("id").getAsString();

    teams.send(teams.submit(alice, form, CardIds.PROFILE_SUBMIT_VERB, ProfileInputs.complete(app)));

    Eventually.until(
        "the form replaced by the confirmation",
        () ->
            CardText.of(
                    TeamsInstallTest.card(
                        teams.connector().activities(alice.conversationId()).get(1)))
                .contains("Thanks for introducing yourself"));
    assertThat(teams.connector().activities(alice.conversationId())).hasSize(2);
    assertThat(profile()).isPresent();
  }

  @Test
  void theTypeaheadFindsChallengesByName() {
    String first = app.stores().tags().active().get(0).name();

    HttpResponse<String> response =
        teams.send(teams.search(alice, CardIds.TAGS_DATASET, first.substring(0, 4)));

    JsonObject body = JsonParser.parseString(response.body()).getAsJsonObject();
    assertThat(body.get("type").getAsString())
        .isEqualTo("application/vnd.microsoft.search.searchResponse");
    JsonArray results = body.getAsJsonObject("value").getAsJsonArray("results");
    assertThat(results)
        .extracting(r -> r.getAsJsonObject().get("title").getAsString())
        .contains(first);
  }

  @Test
  void unknownTextGetsShortHelp() {
    teams.send(teams.message(alice, "what is this?"));

    JsonObject help =
        TeamsInstallTest.card(teams.connector().awaitActivities(alice.conversationId(), 2).get(1));
    assertThat(CardText.of(help)).contains("what is this?", "introduce help");
  }

  private Optional<Profile> profile() {
    return new ProfileStore(app.jdbi(), app.clock()).findByUserId(alice.userId());
  }

  private static List<JsonObject> inputs(JsonObject card) {
    List<JsonObject> found = new java.util.ArrayList<>();
    collectInputs(card, found);
    return found;
  }

  private static void collectInputs(JsonElement element, List<JsonObject> found) {
    if (element.isJsonArray()) {
      element.getAsJsonArray().forEach(e -> collectInputs(e, found));
    } else if (element.isJsonObject()) {
      JsonObject object = element.getAsJsonObject();
      if (object.has("type") && object.get("type").getAsString().startsWith("Input.")) {
        found.add(object);
      }
      object.entrySet().forEach(e -> collectInputs(e.getValue(), found));
    }
  }
}
