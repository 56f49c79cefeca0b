package org.commonground.bot.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonground.bot.testing.FakeBotConnector.Answer;

/**
 * What the Bot Connector refuses in a request's body, answered as Teams answers it.
 *
 * <table>
 *   <caption>The refusals, and where each comes from</caption>
 *   <tr><th>rule</th><th>answer</th><th>source</th></tr>
 *   <tr><td>a message activity over about 28 KB</td><td>413 {@code MessageSizeTooBig}, "Message
 *       size too large."</td><td>Teams' status codes table (learn.microsoft.com/microsoftteams/
 *       platform/bots/build-conversational-capability); the body as reported in
 *       microsoft/BotFramework-Services#228; the size from {@link AdaptiveCardCheck}</td></tr>
 *   <tr><td>any other problem {@link AdaptiveCardCheck} finds, {@code type} not {@code message},
 *       a replacement whose {@code id} is not the one it replaces, a personal chat asked for
 *       without bot, one member or tenant</td><td>400 {@code BadArgument} with the problems as
 *       its message</td><td>the same table: "invalid request payload provided by the bot"; the
 *       replacement's id from the Bot Framework SDK's UpdateActivity ("set the ID of the
 *       replacement activity to the ID of the activity to replace")</td></tr>
 *   <tr><td>a body that is not a JSON object</td><td>400 {@code BadSyntax}</td><td>the Bot
 *       Framework's error codes ({@code Microsoft.Bot.Schema.ErrorCodes})</td></tr>
 * </table>
 */
final class ConnectorRules {

  private ConnectorRules() {}

  /** Teams' refusal of a body that is not a JSON object. */
  static Answer badSyntax() {
    return Answer.error(400, "BadSyntax", "Invalid JSON in the request body.");
  }

  static Optional<Answer> personalChat(JsonObject request) {
    List<String> problems = new ArrayList<>();
    if (text(request, "bot", "id").isEmpty()) {
      problems.add("/bot/id: required");
    }
    JsonElement members = request.get("members");
    if (members == null
        || !members.isJsonArray()
        || members.getAsJsonArray().size() != 1
        || !members.getAsJsonArray().get(0).isJsonObject()
        || text(members.getAsJsonArray().get(0).getAsJsonObject(), "id").isEmpty()) {
      problems.add("/members: exactly one member with an id");
    }
    if (text(request, "channelData", "tenant", "id").isEmpty()) {
      problems.add("/channelData/tenant/id: required for a personal chat");
    }
    if (request.has("isGroup") && request.get("isGroup").getAsBoolean()) {
      problems.add("/isGroup: a personal chat is not a group");
    }
    return badArgument(problems);
  }

  static Optional<Answer> sent(JsonObject activity) {
    List<String> problems = AdaptiveCardCheck.activityProblems(activity);
    if (problems.stream().anyMatch(p -> p.contains("MessageSizeTooBig"))) {
      return Optional.of(Answer.error(413, "MessageSizeTooBig", "Message size too large."));
    }
    return badArgument(problems);
  }

  static Optional<Answer> replacement(String activityId, JsonObject activity) {
    if (!activityId.equals(text(activity, "id"))) {
      return badArgument(List.of("/id: must be " + activityId + ", the activity it replaces"));
    }
    return sent(activity);
  }

  private static Optional<Answer> badArgument(List<String> problems) {
    return problems.isEmpty()
        ? Optional.empty()
        : Optional.of(Answer.error(400, "BadArgument", String.join("; ", problems)));
  }

  /** The text at {@code path} in {@code json}, or empty when any step of it is missing. */
  private static String text(JsonObject json, String... path) {
    JsonElement at = json;
    for (String step : path) {
      if (at == null || !at.isJsonObject()) {
        return "";
      }
      at = at.getAsJsonObject().get(step);
    }
    return at != null && at.isJsonPrimitive() ? at.getAsString() : "";
  }
}
