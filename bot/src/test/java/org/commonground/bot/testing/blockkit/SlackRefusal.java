package org.commonground.bot.testing.blockkit;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;

/**
 * Slack's answer (HTTP 200, {@code ok:false}) to a Web API call it refuses.
 *
 * @param error Slack's error code, e.g. {@code invalid_arguments} or {@code msg_too_long}
 * @param violations what is wrong and where, when Slack says so
 */
public record SlackRefusal(String error, List<Violation> violations) {

  public static SlackRefusal of(String error) {
    return new SlackRefusal(error, List.of());
  }

  /**
   * The body Slack sends: views methods list problems in {@code response_metadata.messages};
   * message methods ({@code invalid_blocks}) list them in {@code errors} too.
   */
  public String body() {
    JsonObject body = new JsonObject();
    body.addProperty("ok", false);
    body.addProperty("error", error);
    if (!violations.isEmpty()) {
      if (error.equals("invalid_blocks")) {
        JsonArray errors = new JsonArray();
        violations.forEach(v -> errors.add(v.error()));
        body.add("errors", errors);
      }
      JsonArray messages = new JsonArray();
      violations.forEach(v -> messages.add(v.message()));
      JsonObject metadata = new JsonObject();
      metadata.add("messages", messages);
      body.add("response_metadata", metadata);
    }
    return body.toString();
  }

  @Override
  public String toString() {
    return violations.isEmpty() ? error : error + " " + violations;
  }
}
