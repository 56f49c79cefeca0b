package org.commonground.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.commonground.bot.testing.CardText;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.TeamsClient;
import org.commonground.bot.testing.TeamsPerson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A network on Teams alone: no Slack variable set, and nothing ever sent to Slack. */
class TeamsAloneTest {

  private static final String ADMIN_NAME = "Nadia Admin";
  private static final String ADMIN_EMAIL = "nadia.admin@council.example";

  @RegisterExtension
  final RunningApp app =
      new RunningApp()
          .teamsAlone()
          .with(
              "ADMIN_USER_IDS",
              UUID.nameUUIDFromBytes(
                      (ADMIN_NAME + ADMIN_EMAIL + TeamsClient.HOME_TENANT).getBytes())
                  .toString())
          .with("DIGEST_MESSAGES_PER_MINUTE", "60000");

  @Test
  void membersIntroduceThemselvesAndGetTheirDigestsWithNoSlackAtAll() throws Exception {
    TeamsClient teams = app.teams();
    TeamsPerson nadia = teams.person(ADMIN_NAME, ADMIN_EMAIL);
    TeamsPerson tom = teams.person("Tom Teams", "tom.teams@nhs.example");
    for (TeamsPerson person : new TeamsPerson[] {nadia, tom}) {
      teams.send(teams.installation(person));
      teams.connector().awaitActivities(person.conversationId(), 1);
    }
    JsonObject council = ProfileInputs.complete(app);
    council.addProperty(
        org.commonground.bot.teams.cards.CardIds.NEW_ORGANISATION, "Knowsley Council");
    council.addProperty(org.commonground.bot.teams.cards.CardIds.SECTOR, "LOCAL_AUTHORITY");
    teams.send(
        teams.execute(
            nadia, org.commonground.bot.teams.cards.CardIds.PROFILE_SUBMIT_VERB, council));
    ProfileInputs.introduce(app, tom);

    teams.send(teams.message(nadia, "digest run"));

    JsonObject tomsDigest =
        TeamsInstallTest.card(teams.connector().awaitActivities(tom.conversationId(), 2).get(1));
    assertThat(CardText.of(tomsDigest)).contains("Knowsley Council", "Nadia Admin", "Intro me");
    assertThat(app.slack().appCalls()).isEmpty();
    assertThat(app.slack().calls("auth.test")).isEmpty();
    HttpResponse<String> health =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(app.uri() + "healthz")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(200);
  }

  @Test
  void slackIsNotServed() throws Exception {
    HttpResponse<String> slack =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(app.uri() + "slack/events"))
                    .POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(slack.statusCode()).isEqualTo(404);
  }
}
