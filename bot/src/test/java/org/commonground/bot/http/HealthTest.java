package org.commonground.bot.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.commonground.bot.metrics.AppMetrics;
import org.commonground.storage.Database;
import org.commonground.storage.testing.TestDatabase;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code GET /healthz} on the real server and a real database, without the rest of the app, so that
 * closing the database under it disturbs no scheduler.
 */
class HealthTest {

  @RegisterExtension final TestDatabase testDatabase = TestDatabase.h2();

  private final AtomicBoolean slackAccepted = new AtomicBoolean(true);
  private final AtomicBoolean checkFails = new AtomicBoolean();
  private final HttpClient http = HttpClient.newHttpClient();
  private Server server;

  @BeforeEach
  void startServer() throws Exception {
    Database database = testDatabase.database();
    server =
        HttpServerFactory.create(
            0,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            new HealthChecks(
                slackAccepted::get,
                () -> {
                  if (checkFails.get()) {
                    throw new IllegalStateException("pool detail that stays private");
                  }
                  return database.isReachable();
                }),
            new AppMetrics());
    server.start();
  }

  @AfterEach
  void stopServer() throws Exception {
    server.stop();
  }

  @Test
  void healthyOnceSlackAcceptedTheTokenAndWhileTheDatabaseAnswers() throws Exception {
    assertThat(health().statusCode()).isEqualTo(200);
  }

  @Test
  void unhealthyWhileSlackHasNotAcceptedTheToken() throws Exception {
    slackAccepted.set(false);

    HttpResponse<String> response = health();

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.body()).contains("waiting for Slack");
  }

  @Test
  void unhealthyWhenTheDatabaseIsGone() throws Exception {
    testDatabase.database().close();

    HttpResponse<String> response = health();

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.body()).contains("database unreachable");
  }

  @Test
  void aFailingCheckIsAShortJsonServerErrorThatGivesNothingAway() throws Exception {
    checkFails.set(true);

    HttpResponse<String> response = health();

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    assertThat(response.body()).isEqualTo("{\"error\":\"server error\"}");
  }

  private HttpResponse<String> health() throws Exception {
    int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    URI uri = URI.create("http://127.0.0.1:" + port + HttpServerFactory.HEALTH_PATH);
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }
}
