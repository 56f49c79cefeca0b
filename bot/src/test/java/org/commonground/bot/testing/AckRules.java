package org.commonground.bot.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.commonground.bot.testing.blockkit.BlockKitCheck;
import org.commonground.bot.testing.blockkit.SlackLimits;
import org.commonground.bot.testing.blockkit.Violation;

/**
 * What Slack accepts in the body of an acknowledgement: a slash command's reply is a message, an
 * options load answers options, a modal submission may update the modal or name errors beside its
 * input blocks. Slack shows the person an error instead of anything that breaks these rules.
 */
final class AckRules {

  private AckRules() {}

  static List<Violation> slashCommand(HttpResponse<String> response) {
    JsonObject body = jsonBody(response);
    if (body == null) {
      return List.of();
    }
    List<Violation> found = new ArrayList<>();
    if (body.has("text")
        && body.get("text").getAsString().length() > SlackLimits.MESSAGE_TEXT.max()) {
      found.add(new Violation("msg_too_long", "/text"));
    }
    if (body.has("blocks")) {
      found.addAll(BlockKitCheck.messageBlocks(body.get("blocks"), "/blocks"));
    }
    return found;
  }

  static List<Violation> interaction(String payloadJson, HttpResponse<String> response) {
    JsonObject payload = JsonParser.parseString(payloadJson).getAsJsonObject();
    String type = payload.has("type") ? payload.get("type").getAsString() : "";
    JsonObject body = jsonBody(response);
    if (body == null) {
      return List.of();
    }
    return switch (type) {
      case "block_suggestion" -> BlockKitCheck.optionsResponse(body);
      case "view_submission" -> viewSubmission(body);
      default -> List.of();
    };
  }

  private static List<Violation> viewSubmission(JsonObject body) {
    String action = body.has("response_action") ? body.get("response_action").getAsString() : "";
    return switch (action) {
      case "update", "push" -> BlockKitCheck.view(body.get("view"), "/view");
      case "errors" -> errors(body.getAsJsonObject("errors"));
      case "clear" -> List.of();
      default -> List.of(new Violation("failed to match all allowed schemas", "/response_action"));
    };
  }

  /** Slack shows each error beside its input block: a message per block id, none empty. */
  private static List<Violation> errors(JsonObject errors) {
    List<Violation> found = new ArrayList<>();
    if (errors == null || errors.isEmpty()) {
      return List.of(new Violation("missing required field: errors", ""));
    }
    for (String blockId : errors.keySet()) {
      JsonElement message = errors.get(blockId);
      if (blockId.length() > SlackLimits.BLOCK_ID.max()
          || !message.isJsonPrimitive()
          || message.getAsString().isEmpty()) {
        found.add(new Violation("must provide a message for an input block", "/errors/" + blockId));
      }
    }
    return found;
  }

  private static JsonObject jsonBody(HttpResponse<String> response) {
    String type = response.headers().firstValue("Content-Type").orElse("");
    if (response.statusCode() != 200 || response.body().isBlank() || !type.contains("json")) {
      return null;
    }
    return JsonParser.parseString(response.body()).getAsJsonObject();
  }
}
