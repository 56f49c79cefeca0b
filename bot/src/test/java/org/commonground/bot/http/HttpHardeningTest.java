package org.commonground.bot.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonground.bot.testing.RawHttp;
import org.commonground.bot.testing.RunningApp;
import org.eclipse.jetty.http.HttpStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the server answers to requests that are not Slack's: methods a route does not serve, paths
 * it does not have, malformed requests. Nothing names the server's software or echoes the request,
 * and every error is a short JSON body.
 */
class HttpHardeningTest {

  @RegisterExtension final RunningApp app = new RunningApp();

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void traceIsRefusedWithoutEchoingTheRequest() {
    RawHttp.Answer answer = RawHttp.send(app.uri(), "TRACE", HttpServerFactory.SLACK_EVENTS_PATH);

    assertThat(answer.status()).isEqualTo(405);
    assertThat(answer.header("Allow")).isEqualTo("POST");
    assertThat(answer.body()).doesNotContain("secret-header-value", "X-Echo-Me");
    assertShortJsonError(answer, "method not allowed");
  }

  @Test
  void everyRouteRefusesTheMethodsItDoesNotServeNamingTheOnesItDoes() {
    for (String method : List.of("GET", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "BREW")) {
      RawHttp.Answer answer = RawHttp.send(app.uri(), method, HttpServerFactory.SLACK_EVENTS_PATH);
      assertThat(answer.status()).as(method + " /slack/events").isEqualTo(405);
      assertThat(answer.header("Allow")).isEqualTo("POST");
      assertShortJsonError(answer, "method not allowed");
    }
    for (String path : List.of(HttpServerFactory.HEALTH_PATH, HttpServerFactory.METRICS_PATH)) {
      for (String method : List.of("POST", "PUT", "DELETE", "OPTIONS", "TRACE")) {
        RawHttp.Answer answer = RawHttp.send(app.uri(), method, path);
        assertThat(answer.status()).as(method + " " + path).isEqualTo(405);
        assertThat(answer.header("Allow")).isEqualTo("GET, HEAD");
        assertShortJsonError(answer, "method not allowed");
      }
    }
  }

  @Test
  void theRoutesStillServeTheirOwnMethods() throws Exception {
    assertThat(get(HttpServerFactory.HEALTH_PATH).statusCode()).isEqualTo(200);
    assertThat(get(HttpServerFactory.METRICS_PATH).statusCode()).isEqualTo(200);
    assertThat(RawHttp.send(app.uri(), "HEAD", HttpServerFactory.HEALTH_PATH).status())
        .isEqualTo(200);
    assertThat(app.requests().slashCommand("/tags", "", "U0MEMBER").statusCode()).isEqualTo(200);
  }

  @Test
  void noResponseNamesTheServerSoftware() throws Exception {
    HttpResponse<String> health = get(HttpServerFactory.HEALTH_PATH);
    HttpResponse<String> missing = get("/nothing-here");
    HttpResponse<String> slack = app.requests().slashCommand("/tags", "", "U0MEMBER");

    for (HttpResponse<String> response : List.of(health, missing, slack)) {
      assertThat(response.headers().firstValue("Server")).isEmpty();
      assertThat(response.headers().firstValue("X-Powered-By")).isEmpty();
    }
    assertThat(RawHttp.send(app.uri(), "TRACE", "/").header("Server")).isNull();
  }

  @Test
  void anUnknownPathIsAShortJsonNotFound() throws Exception {
    HttpResponse<String> browser =
        http.send(
            HttpRequest.newBuilder(app.uri().resolve("/wp-login.php"))
                .header("Accept", "text/html,application/xhtml+xml")
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(browser.statusCode()).isEqualTo(404);
    assertThat(browser.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    assertThat(browser.body()).isEqualTo("{\"error\":\"not found\"}");
    assertShortJsonError(RawHttp.send(app.uri(), "GET", "/slack/events/extra"), "not found");
  }

  @Test
  void malformedRequestsGetAShortJsonErrorNamingOnlyTheStatus() {
    String tail = " HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n";
    Map<String, Integer> requests = new LinkedHashMap<>();
    requests.put("GET /%zz" + tail, 400);
    requests.put("GET /slack/%2e%2e/healthz" + tail, 400);
    requests.put("GET /healthz HTTP/1.1\r\nHost: a\r\nBad Header\r\n\r\n", 400);
    requests.put("GET /healthz HTTP/1.1\r\nHost: a\r\nX-Big: " + "a".repeat(20_000) + tail, 431);
    requests.put("GET /" + "a".repeat(20_000) + tail, 414);
    requests.put("NOT A REQUEST\r\n\r\n", 505);
    requests.forEach(
        (request, status) -> {
          RawHttp.Answer answer = RawHttp.send(app.uri(), request);
          assertThat(answer.status()).as(request).isEqualTo(status);
          assertThat(answer.header("Server")).isNull();
          assertShortJsonError(answer, HttpStatus.getMessage(status).toLowerCase(Locale.ROOT));
        });
  }

  private static void assertShortJsonError(RawHttp.Answer answer, String error) {
    assertThat(answer.header("Content-Type")).startsWith("application/json");
    assertThat(answer.body()).isEqualTo("{\"error\":\"" + error + "\"}");
  }

  private HttpResponse<String> get(String path) throws Exception {
    URI uri = app.uri().resolve(path);
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }
}
