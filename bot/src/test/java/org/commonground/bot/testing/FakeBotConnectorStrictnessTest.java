package org.commonground.bot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.commonground.bot.teams.cards.NoticeCard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fake Bot Connector refuses what Teams refuses, with Teams' status and error body, and takes
 * what Teams takes: spoken to over plain HTTP here, so that what is checked is the wire.
 */
class FakeBotConnectorStrictnessTest {

  private static final String TENANT = "7f0c5a8e-0000-4000-8000-000000000001";
  private static final String ANA = "29:1anaPairwiseId";

  private final FakeBotConnector teams = new FakeBotConnector("good-token"::equals);
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void close() {
    teams.close();
  }

  @Test
  void aCardWithAnUnlabelledInputIsRefusedAsABadArgument() throws Exception {
    String chat = anasChat();
    JsonObject activity = NoticeCard.plain("Tell us more");
    JsonObject card =
        activity.getAsJsonArray("attachments").get(0).getAsJsonObject().getAsJsonObject("content");
    JsonObject input = new JsonObject();
    input.addProperty("type", "Input.Text");
    input.addProperty("id", "more");
    card.getAsJsonArray("body").add(input);

    HttpResponse<String> answer =
        post("v3/conversations/" + encoded(chat) + "/activities", activity);

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(error(answer).get("code").getAsString()).isEqualTo("BadArgument");
    assertThat(error(answer).get("message").getAsString()).contains("label");
    assertThat(teams.takeRefusals()).hasSize(1);
    assertThat(teams.activities(chat)).isEmpty();
  }

  @Test
  void aMessageOverTwentyEightKilobytesIsTooBig() throws Exception {
    String chat = anasChat();

    HttpResponse<String> answer =
        post(
            "v3/conversations/" + encoded(chat) + "/activities",
            NoticeCard.plain("x".repeat(30_000)));

    assertThat(answer.statusCode()).isEqualTo(413);
    assertThat(JsonParser.parseString(answer.body()))
        .isEqualTo(
            JsonParser.parseString(
                "{\"error\":{\"code\":\"MessageSizeTooBig\",\"message\":\"Message size too"
                    + " large.\"}}"));
    assertThat(teams.takeRefusals()).hasSize(1);
  }

  @Test
  void aReplacementMustCarryTheIdOfTheActivityItReplaces() throws Exception {
    String chat = anasChat();
    JsonObject sent =
        JsonParser.parseString(
                post("v3/conversations/" + encoded(chat) + "/activities", NoticeCard.plain("One"))
                    .body())
            .getAsJsonObject();
    String path =
        "v3/conversations/" + encoded(chat) + "/activities/" + sent.get("id").getAsString();

    HttpResponse<String> answer = send("PUT", path, NoticeCard.plain("Two"), "good-token");

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(error(answer).get("code").getAsString()).isEqualTo("BadArgument");
    assertThat(teams.takeRefusals()).hasSize(1);
    assertThat(teams.lastCard(ANA).toString()).contains("One");
  }

  @Test
  void aTokenItDoesNotAcceptIsDeniedAsTheConnectorDeniesIt() throws Exception {
    addAna();

    HttpResponse<String> answer = send("POST", "v3/conversations", personalChat(), "forged-token");

    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(JsonParser.parseString(answer.body()))
        .isEqualTo(
            JsonParser.parseString(
                "{\"message\":\"Authorization has been denied for this request.\"}"));
    assertThat(teams.conversationOf(ANA)).isEmpty();
  }

  @Test
  void aDoubledSlashAfterTheServiceUrlFindsNothing() throws Exception {
    addAna();

    HttpResponse<String> answer = post("/v3/conversations", personalChat());

    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(teams.takeRefusals()).hasSize(1);
  }

  @Test
  void aChatWithSomeoneTheBotIsNotInstalledForIsForbiddenButNotARefusal() throws Exception {
    HttpResponse<String> answer = post("v3/conversations", personalChat());

    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(error(answer).get("code").getAsString()).isEqualTo("ForbiddenOperationException");
    assertThat(teams.takeRefusals()).isEmpty();
  }

  private void addAna() {
    teams.addUser(ANA, "aad-ana", "Ana Silva", "ana@example.org", TENANT);
  }

  private String anasChat() throws Exception {
    addAna();
    return JsonParser.parseString(post("v3/conversations", personalChat()).body())
        .getAsJsonObject()
        .get("id")
        .getAsString();
  }

  private static JsonObject personalChat() {
    return JsonParser.parseString(
            "{\"bot\":{\"id\":\"28:bot\"},\"members\":[{\"id\":\""
                + ANA
                + "\"}],\"channelData\":{\"tenant\":{\"id\":\""
                + TENANT
                + "\"}},\"isGroup\":false}")
        .getAsJsonObject();
  }

  private HttpResponse<String> post(String path, JsonObject body)
      throws IOException, InterruptedException {
    return send("POST", path, body, "good-token");
  }

  private HttpResponse<String> send(String method, String path, JsonObject body, String token)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(teams.serviceUrl() + path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(body.toString()))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject error(HttpResponse<String> answer) {
    return JsonParser.parseString(answer.body()).getAsJsonObject().getAsJsonObject("error");
  }

  private static String encoded(String id) {
    return id.replace(":", "%3A");
  }
}
