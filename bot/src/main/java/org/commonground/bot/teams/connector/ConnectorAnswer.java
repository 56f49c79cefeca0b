package org.commonground.bot.teams.connector;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.commonground.bot.core.delivery.RetryAfterHeader;

/**
 * Reads the Bot Connector's answer into an {@link Outcome}. Errors come as {@code
 * {"error":{"code":"ConversationNotFound","message":"..."}}}; which are permanent follows Teams'
 * table of status codes from bot conversational APIs
 * (learn.microsoft.com/microsoftteams/platform/bots/build-conversational-capability), where 400,
 * 403, 404 and 413 are marked "retry: no", and 412, 429 and 5xx are worth another try.
 */
final class ConnectorAnswer {

  private static final Set<Integer> PERMANENT_STATUSES = Set.of(400, 403, 404, 413);

  /** Codes that mean the person can't be reached whatever the status they come with. */
  private static final Set<String> PERMANENT_CODES =
      Set.of(
          "BotDisabledByAdmin",
          "ConversationBlockedByUser",
          "BotNotInConversationRoster",
          "ForbiddenOperationException",
          "MessageWritesBlocked");

  private ConnectorAnswer() {}

  /**
   * The outcome of {@code response}, its value read from a successful answer's JSON by {@code
   * value}, which throws {@link JsonParseException} when the answer lacks what it needs.
   */
  static <T> Outcome<T> of(HttpResponse<String> response, Function<JsonObject, T> value) {
    int status = response.statusCode();
    if (status == 429) {
      return new Outcome.RateLimited<>(
          RetryAfterHeader.orAMinute(response.headers().firstValue("Retry-After").orElse(null)));
    }
    if (status < 200 || status >= 300) {
      String code = code(response.body()).orElse("http_" + status);
      return new Outcome.Failed<>(
          status, code, PERMANENT_STATUSES.contains(status) || PERMANENT_CODES.contains(code));
    }
    try {
      return new Outcome.Done<>(value.apply(json(response.body())));
    } catch (JsonParseException | IllegalStateException unreadable) {
      return new Outcome.Failed<>(status, "UnreadableAnswer", false);
    }
  }

  /** The {@code id} of a ResourceResponse or ConversationResourceResponse. */
  static String id(JsonObject answer) {
    JsonElement id = answer.get("id");
    if (id == null || !id.isJsonPrimitive() || id.getAsString().isEmpty()) {
      throw new JsonParseException("the answer names no id: " + answer);
    }
    return id.getAsString();
  }

  private static Optional<String> code(String body) {
    try {
      JsonElement error = json(body).get("error");
      if (error != null && error.isJsonObject()) {
        JsonElement code = error.getAsJsonObject().get("code");
        if (code != null && code.isJsonPrimitive()) {
          return Optional.of(code.getAsString());
        }
      }
    } catch (JsonParseException | IllegalStateException notJson) {
      // A proxy's HTML page or an empty body: the status alone says what happened.
    }
    return Optional.empty();
  }

  /** The answer's JSON object; an empty body (a delete's answer) reads as an empty object. */
  private static JsonObject json(String body) {
    if (body == null || body.isBlank()) {
      return new JsonObject();
    }
    return JsonParser.parseString(body).getAsJsonObject();
  }
}
