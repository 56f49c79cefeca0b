package org.commonground.bot.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A client-credentials request to Entra's token endpoint, judged as Entra judges it: each missing
 * or wrong parameter gets Entra's error, its AADSTS code and status.
 */
record EntraTokenRequest(String method, String tenant, Map<String, String> form) {

  static EntraTokenRequest read(HttpExchange exchange, String tenant) throws IOException {
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    boolean isForm =
        contentType != null && contentType.startsWith("application/x-www-form-urlencoded");
    return new EntraTokenRequest(
        exchange.getRequestMethod(), tenant, isForm ? form(body) : Map.of());
  }

  /** Entra's refusal of this request for the app {@code appId}, if it would refuse it. */
  Optional<FakeIdentityProvider.Answer> refusal(String appId, String appPassword) {
    if (!method.equals("POST")) {
      return refuse(400, "invalid_request", 900561, "The endpoint only accepts POST requests.");
    }
    for (String required : new String[] {"grant_type", "client_id", "scope"}) {
      if (!form.containsKey(required)) {
        return refuse(
            400,
            "invalid_request",
            900144,
            "The request body must contain the following parameter: '" + required + "'.");
      }
    }
    if (!form.get("grant_type").equals("client_credentials")) {
      return refuse(
          400,
          "unsupported_grant_type",
          70003,
          "The app requested an unsupported grant type '" + form.get("grant_type") + "'.");
    }
    if (!form.get("client_id").equals(appId)) {
      return refuse(
          400,
          "unauthorized_client",
          700016,
          "Application with identifier '"
              + form.get("client_id")
              + "' was not found in the directory '"
              + tenant
              + "'.");
    }
    if (!form.get("scope").equals(FakeIdentityProvider.CONNECTOR_SCOPE)) {
      return refuse(
          400,
          "invalid_scope",
          1002012,
          "The provided value for scope "
              + form.get("scope")
              + " is not valid. Client credential flows must have a scope value with /.default"
              + " suffixed to the resource identifier (application ID URI).");
    }
    return secretRefusal(appId, appPassword);
  }

  private Optional<FakeIdentityProvider.Answer> secretRefusal(String appId, String appPassword) {
    if (!form.containsKey("client_secret")) {
      return refuse(
          401,
          "invalid_client",
          7000216,
          "'client_assertion', 'client_secret' or 'request' is required for the"
              + " 'client_credentials' grant type.");
    }
    if (!form.get("client_secret").equals(appPassword)) {
      return refuse(
          401,
          "invalid_client",
          7000215,
          "Invalid client secret provided. Ensure the secret being sent in the request is the"
              + " client secret value, not the client secret ID, for a secret added to app '"
              + appId
              + "'.");
    }
    return Optional.empty();
  }

  private static Optional<FakeIdentityProvider.Answer> refuse(
      int status, String error, int code, String description) {
    JsonObject body = new JsonObject();
    body.addProperty("error", error);
    body.addProperty("error_description", "AADSTS" + code + ": " + description);
    JsonArray codes = new JsonArray();
    codes.add(code);
    body.add("error_codes", codes);
    return Optional.of(new FakeIdentityProvider.Answer(status, body.toString()));
  }

  private static Map<String, String> form(String body) {
    Map<String, String> form = new HashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        form.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return form;
  }
}
