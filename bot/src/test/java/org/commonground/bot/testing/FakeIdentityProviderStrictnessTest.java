package org.commonground.bot.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake's token endpoint refuses what Entra refuses, with Entra's error and status. */
class FakeIdentityProviderStrictnessTest {

  private static final String APP_ID = "9b5a1f4e-3c2d-4e8f-a1b2-c3d4e5f6a7b8";
  private static final HttpClient http = HttpClient.newHttpClient();

  private final FakeIdentityProvider identity = new FakeIdentityProvider(APP_ID, "s3cret");

  @AfterEach
  void stop() {
    identity.close();
  }

  private HttpResponse<String> post(String form) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(identity.tokenUrl("botframework.com")))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String error(HttpResponse<String> response) {
    JsonObject body = JsonParser.parseString(response.body()).getAsJsonObject();
    return response.statusCode() + " " + body.get("error").getAsString();
  }

  @Test
  void grantsAGoodRequest() throws Exception {
    HttpResponse<String> granted =
        post(
            "grant_type=client_credentials&client_id="
                + APP_ID
                + "&client_secret=s3cret&scope=https%3A%2F%2Fapi.botframework.com%2F.default");

    JsonObject body = JsonParser.parseString(granted.body()).getAsJsonObject();
    assertEquals(200, granted.statusCode());
    assertEquals(3599, body.get("expires_in").getAsInt());
    assertTrue(identity.issuedThis(body.get("access_token").getAsString()));
  }

  @Test
  void refusesWhatEntraRefuses() throws Exception {
    String scope = "&scope=https%3A%2F%2Fapi.botframework.com%2F.default";
    String app = "&client_id=" + APP_ID + "&client_secret=s3cret";

    assertEquals("400 invalid_request", error(post("client_id=" + APP_ID + scope)));
    assertEquals("400 unsupported_grant_type", error(post("grant_type=password" + app + scope)));
    assertEquals(
        "400 unauthorized_client",
        error(post("grant_type=client_credentials&client_id=someone-else" + scope)));
    assertEquals(
        "400 invalid_scope",
        error(post("grant_type=client_credentials" + app + "&scope=https://api.botframework.com")));
    assertEquals(
        "401 invalid_client",
        error(post("grant_type=client_credentials&client_id=" + APP_ID + scope)));
    assertEquals(5, identity.tokenRequests());
  }
}
