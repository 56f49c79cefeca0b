package org.commonground.bot.teams.connector;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.commonground.bot.core.delivery.PlatformPace;
import org.commonground.bot.core.delivery.ShortRefusals;

/**
 * The bot's calls to Teams through the Bot Connector (Bot Framework REST API v3): opening a
 * personal chat, sending, updating and deleting activities, and looking a person up. Each call goes
 * to the {@code serviceUrl} of the activity that named the conversation, with the bot's bearer
 * token; a token the connector refuses with {@code 401} is forgotten and the call made once more
 * with a fresh one. Every call waits for its turn in the {@link ConnectorPace}, and tells it how
 * Teams answered. Nothing is thrown: every call ends in an {@link Outcome}.
 */
public final class BotConnector {

  /** Teams answers in well under a second; a call hung longer than this would hold a delivery. */
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** Why a call was not made: the app began to stop while it waited for its turn. */
  public static final String STOPPING = "app_stopping";

  private final ConnectorCredentials credentials;
  private final HttpClient http;
  private final ConnectorPace pace;

  public BotConnector(ConnectorCredentials credentials, HttpClient http, ConnectorPace pace) {
    this.credentials = credentials;
    this.http = http;
    this.pace = pace;
  }

  /**
   * Opens (or finds again: Teams answers the same id each time) the bot's personal chat with {@code
   * userId}, and answers the conversation's id.
   */
  public Outcome<String> openPersonalChat(
      String serviceUrl, String botId, String tenantId, String userId) {
    return call(
        null,
        post(
            ConnectorUrl.of(serviceUrl, "v3", "conversations"),
            personalChat(botId, tenantId, userId)),
        ConnectorAnswer::id);
  }

  /** Sends {@code activity} to the conversation, and answers the id Teams gave it. */
  public Outcome<String> send(String serviceUrl, String conversationId, JsonObject activity) {
    URI activities =
        ConnectorUrl.of(serviceUrl, "v3", "conversations", conversationId, "activities");
    return call(conversationId, post(activities, activity), ConnectorAnswer::id);
  }

  /**
   * Replaces the activity {@code activityId} with {@code activity}, which is sent carrying that id
   * as the Bot Framework asks of a replacement ({@code activity} itself is left as it was).
   */
  public Outcome<String> update(
      String serviceUrl, String conversationId, String activityId, JsonObject activity) {
    JsonObject replacement = activity.deepCopy();
    replacement.addProperty("id", activityId);
    return call(
        conversationId,
        request(activityUrl(serviceUrl, conversationId, activityId)).PUT(body(replacement)),
        answer -> answer.has("id") ? ConnectorAnswer.id(answer) : activityId);
  }

  /** Deletes the activity {@code activityId}, as when a member's data is erased. */
  public Outcome<Void> delete(String serviceUrl, String conversationId, String activityId) {
    return call(
        conversationId,
        request(activityUrl(serviceUrl, conversationId, activityId)).DELETE(),
        answer -> null);
  }

  /** Looks up {@code userId} among the conversation's members. */
  public Outcome<TeamsAccount> member(String serviceUrl, String conversationId, String userId) {
    URI member =
        ConnectorUrl.of(serviceUrl, "v3", "conversations", conversationId, "members", userId);
    return call(conversationId, request(member).GET(), TeamsAccount::from);
  }

  private <T> Outcome<T> call(
      String conversationId, HttpRequest.Builder request, Function<JsonObject, T> value) {
    try {
      for (int attempt = 1; ; attempt++) {
        Optional<PlatformPace.Turn> turn = pace.awaitTurn(conversationId);
        if (turn.isEmpty()) {
          return new Outcome.Failed<>(0, STOPPING, false);
        }
        HttpResponse<String> response = send(request);
        if (response.statusCode() == 401) {
          // Tokens last an hour; one that expired early or was revoked is replaced, once.
          credentials.forget();
          response = send(request);
        }
        Outcome<T> outcome = ConnectorAnswer.of(response, value);
        if (!(outcome instanceof Outcome.RateLimited<T> limited)) {
          turn.get().accepted();
          return outcome;
        }
        turn.get().refused(limited.retryAfter());
        // The pace now holds every call until the Retry-After has passed, this one included.
        if (!ShortRefusals.madeAgain(attempt, limited.retryAfter())) {
          return outcome;
        }
      }
    } catch (IOException e) {
      return new Outcome.Failed<>(0, e.getClass().getSimpleName(), false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Outcome.Failed<>(0, e.getClass().getSimpleName(), false);
    }
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    HttpRequest signed =
        request.setHeader("Authorization", "Bearer " + credentials.bearer()).build();
    return http.send(signed, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpRequest.Builder post(URI uri, JsonObject json) {
    return request(uri).POST(body(json));
  }

  private static HttpRequest.Builder request(URI uri) {
    return HttpRequest.newBuilder(uri)
        .timeout(TIMEOUT)
        .header("Content-Type", "application/json; charset=utf-8")
        .header("Accept", "application/json");
  }

  private static HttpRequest.BodyPublisher body(JsonObject json) {
    return HttpRequest.BodyPublishers.ofString(json.toString(), StandardCharsets.UTF_8);
  }

  private static URI activityUrl(String serviceUrl, String conversationId, String activityId) {
    return ConnectorUrl.of(
        serviceUrl, "v3", "conversations", conversationId, "activities", activityId);
  }

  /** A ConversationParameters for a one-to-one chat; Teams reads the tenant from channelData. */
  private static JsonObject personalChat(String botId, String tenantId, String userId) {
    JsonObject bot = new JsonObject();
    bot.addProperty("id", botId);
    JsonObject member = new JsonObject();
    member.addProperty("id", userId);
    JsonArray members = new JsonArray();
    members.add(member);
    JsonObject tenant = new JsonObject();
    tenant.addProperty("id", tenantId);
    JsonObject channelData = new JsonObject();
    channelData.add("tenant", tenant);
    JsonObject body = new JsonObject();
    body.add("bot", bot);
    body.add("members", members);
    body.add("channelData", channelData);
    body.addProperty("tenantId", tenantId);
    body.addProperty("isGroup", false);
    return body;
  }
}
