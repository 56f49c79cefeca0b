package org.commonground.bot.teams.auth;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.commonground.bot.teams.connector.ConnectorCredentials;

/**
 * The bot's own token for calling the Bot Connector, got from Entra with client credentials and
 * kept until five minutes before it expires. One request at a time goes for a new one; the others
 * wait for it. Safe to share between threads.
 */
public final class ConnectorTokens implements ConnectorCredentials {

  static final String SCOPE = "https://api.botframework.com/.default";

  /** A token is renewed this long before it expires, so none expires while a call is on its way. */
  static final Duration RENEW_BEFORE_EXPIRY = Duration.ofMinutes(5);

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final URI tokenUrl;
  private final String appId;
  private final String appPassword;
  private final Clock clock;
  private final HttpClient http;
  private String token;
  private Instant renewAt;

  /**
   * @param tokenUrl Entra's token endpoint for the bot's tenant
   * @param appId the bot's Microsoft App ID
   * @param appPassword the client secret made for that app
   */
  public ConnectorTokens(
      URI tokenUrl, String appId, String appPassword, Clock clock, HttpClient http) {
    this.tokenUrl = tokenUrl;
    this.appId = appId;
    this.appPassword = appPassword;
    this.clock = clock;
    this.http = http;
  }

  /**
   * A token to send as {@code Authorization: Bearer <token>}, the kept one if it is still good.
   *
   * @throws IOException if Entra can't be reached or refuses, naming Entra's error
   */
  @Override
  public synchronized String bearer() throws IOException {
    Instant now = clock.instant();
    if (token == null || !now.isBefore(renewAt)) {
      JsonObject answer = request();
      token = text(answer, "access_token");
      renewAt = now.plusSeconds(expiresIn(answer)).minus(RENEW_BEFORE_EXPIRY);
    }
    return token;
  }

  /** Entra answered, and refused: the app id or secret is wrong, not the network. */
  public static final class Refused extends IOException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  /** Drops the kept token, for when the Bot Connector refused it: the next call gets a new one. */
  @Override
  public synchronized void forget() {
    token = null;
  }

  private JsonObject request() throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(tokenUrl)
            .timeout(TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form()))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted getting a token from " + tokenUrl);
    }
    if (response.statusCode() != 200) {
      throw new Refused(refusal(response));
    }
    return json(response.body());
  }

  private String form() {
    return Map.of(
            "grant_type", "client_credentials",
            "client_id", appId,
            "client_secret", appPassword,
            "scope", SCOPE)
        .entrySet()
        .stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  /** Entra names what is wrong in {@code error} and {@code error_description}. */
  private String refusal(HttpResponse<String> response) {
    String named;
    try {
      JsonObject body = json(response.body());
      named = optionalText(body, "error") + ": " + optionalText(body, "error_description");
    } catch (IOException e) {
      named = "no error named";
    }
    String message =
        "Entra refused a token for app " + appId + " (" + response.statusCode() + "): " + named;
    // The description is Entra's text; the secret must not reach the logs even if it echoes it.
    return appPassword.isEmpty() ? message : message.replace(appPassword, "[client secret]");
  }

  private JsonObject json(String body) throws IOException {
    try {
      return JsonParser.parseString(body).getAsJsonObject();
    } catch (JsonParseException | IllegalStateException e) {
      throw new IOException("not JSON from " + tokenUrl, e);
    }
  }

  private String text(JsonObject answer, String field) throws IOException {
    String value = optionalText(answer, field);
    if (value.isEmpty()) {
      throw new IOException("no " + field + " in the answer from " + tokenUrl);
    }
    return value;
  }

  private long expiresIn(JsonObject answer) throws IOException {
    try {
      return Long.parseLong(text(answer, "expires_in"));
    } catch (NumberFormatException e) {
      throw new IOException("expires_in is not a number of seconds in the answer from " + tokenUrl);
    }
  }

  private static String optionalText(JsonObject object, String field) {
    JsonElement value = object.get(field);
    return value != null && value.isJsonPrimitive() ? value.getAsString() : "";
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
