package org.commonground.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.nimbusds.jose.Algorithm;
import com.nimbusds.jose.JWSAlgorithm;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.commonground.bot.testing.ActivityToken;
import org.commonground.bot.testing.RunningApp;
import org.commonground.bot.testing.TeamsClient;
import org.commonground.bot.testing.TeamsPerson;
import org.commonground.storage.teams.TeamsUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code /api/messages} acts only on activities the Bot Framework signed for this app: any other
 * token gets 401, stores nothing and sends nothing.
 */
class TeamsAuthenticationTest {

  @RegisterExtension final RunningApp app = new RunningApp().withTeams();

  private TeamsClient teams;
  private TeamsPerson alice;
  private JsonObject install;
  private int tokensFetchedAtStart;

  @BeforeEach
  void setUp() {
    teams = app.teams();
    alice = teams.person("Alice Example", "alice@nhs.example");
    install = teams.installation(alice);
    // The app fetches its own token once at start, to check its secret.
    tokensFetchedAtStart = teams.identity().tokenRequests();
  }

  @Test
  void aSignedInstallationIsWelcomed() {
    HttpResponse<String> response = teams.send(install);

    assertThat(response.statusCode()).isEqualTo(200);
    teams.connector().awaitActivities(alice.conversationId(), 1);
    assertThat(new TeamsUsers(app.jdbi(), app.clock()).find(alice.userId())).isPresent();
  }

  @Test
  void aTokenSignedByAKeyTheBotFrameworkNeverPublishedIsRefused() {
    assertRefused(ActivityToken::signedByUnknownKey);
  }

  @Test
  void anExpiredTokenIsRefused() {
    assertRefused(token -> token.expiresAt(app.clock().instant().minus(Duration.ofMinutes(6))));
  }

  @Test
  void aTokenNotYetValidIsRefused() {
    assertRefused(token -> token.notBefore(app.clock().instant().plus(Duration.ofMinutes(6))));
  }

  @Test
  void aTokenForAnotherAppIsRefused() {
    assertRefused(token -> token.audience("9f0c1e2d-3b4a-4c5d-8e6f-7a8b9c0d1e2f"));
  }

  @Test
  void aTokenFromAnotherIssuerIsRefused() {
    assertRefused(token -> token.issuer("https://sts.windows.net/" + TeamsClient.HOME_TENANT));
  }

  @Test
  void aTokenForAnotherServiceUrlIsRefused() {
    assertRefused(token -> token.serviceUrl("https://smba.trafficmanager.net/emea/"));
  }

  @Test
  void aTokenSignedWithTheWrongAlgorithmIsRefused() {
    assertRefused(token -> token.algorithm(JWSAlgorithm.HS256));
    assertRefused(token -> token.algorithm(Algorithm.NONE));
  }

  @Test
  void aTamperedTokenIsRefused() {
    assertRefused(ActivityToken::tampered);
  }

  @Test
  void noTokenOrAnotherSchemeIsRefused() {
    for (String header :
        new String[] {null, "", "Basic YWxpY2U6c2VjcmV0", "Bearer", "Bearer x.y.z"}) {
      HttpResponse<String> response = teams.post(install.toString(), header);

      assertThat(response.statusCode()).as("Authorization: %s", header).isEqualTo(401);
    }
    assertNothingHappened();
  }

  @Test
  void aBodyThatIsNotAnActivityIsABadRequestAndChangesNothing() {
    String token = teams.identity().activityToken(teams.connector().serviceUrl());
    for (String body : new String[] {"", "[]", "{\"type\":\"message\"}", "{not json"}) {
      HttpResponse<String> response = teams.post(body, "Bearer " + token);

      assertThat(response.statusCode()).as(body).isEqualTo(400);
      assertThat(response.body()).isEqualTo("{\"error\":\"invalid activity\"}");
    }
    assertNothingHappened();
  }

  private void assertRefused(UnaryOperator<ActivityToken> spoil) {
    String token =
        spoil
            .apply(teams.identity().token().serviceUrl(install.get("serviceUrl").getAsString()))
            .sign();

    HttpResponse<String> response = teams.send(install, token);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).isEqualTo("{\"error\":\"unauthorized\"}");
    assertNothingHappened();
  }

  private void assertNothingHappened() {
    assertThat(new TeamsUsers(app.jdbi(), app.clock()).find(alice.userId())).isEmpty();
    assertThat(teams.connector().calls()).isEmpty();
    assertThat(teams.identity().tokenRequests()).isEqualTo(tokensFetchedAtStart);
  }
}
