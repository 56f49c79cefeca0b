package org.commonground.bot.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonground.bot.testing.blockkit.BlockKitCheck;
import org.commonground.bot.testing.blockkit.SlackLimits;
import org.commonground.bot.testing.blockkit.SlackRefusal;
import org.commonground.bot.testing.blockkit.Violation;

/**
 * What Slack's Web API refuses before it acts: missing arguments, Block Kit that breaks a limit,
 * text that is too long, trigger ids that are unknown, stale or used. (What a delete finds missing
 * is the fake's to say, from what it remembers: {@link Conversations}, {@link UploadedFiles}.) Each
 * refusal is Slack's own error code and body.
 */
final class WebApiRules {

  private WebApiRules() {}

  static Optional<SlackRefusal> check(SlackCall call) {
    return switch (call.method()) {
      case "views.open", "views.push" -> trigger(call).or(() -> view(call));
      case "views.update" -> required(call, "view_id").or(() -> view(call));
      case "views.publish" -> required(call, "user_id").or(() -> view(call));
      case "chat.postMessage" -> message(call);
      case "chat.update" -> required(call, "ts").or(() -> message(call));
      case "chat.postEphemeral" -> required(call, "user").or(() -> message(call));
      case "files.getUploadURLExternal" ->
          required(call, "filename").or(() -> required(call, "length"));
      case "files.completeUploadExternal" -> required(call, "files");
      case "chat.delete" -> channel(call).or(() -> required(call, "ts"));
      case "files.delete" -> required(call, "file");
      default -> Optional.empty();
    };
  }

  private static Optional<SlackRefusal> trigger(SlackCall call) {
    return TriggerIds.exchange(call.param("trigger_id"), call.receivedAtNanos())
        .map(SlackRefusal::of);
  }

  private static Optional<SlackRefusal> view(SlackCall call) {
    List<Violation> found = new ArrayList<>();
    if (call.method().equals("views.publish") && !call.param("view").contains("\"home\"")) {
      found.add(new Violation("must be a home view", "/view/type"));
    }
    found.addAll(BlockKitCheck.view(json(call.param("view")), "/view"));
    return found.isEmpty()
        ? Optional.empty()
        : Optional.of(new SlackRefusal("invalid_arguments", found));
  }

  private static Optional<SlackRefusal> message(SlackCall call) {
    return channel(call).or(() -> content(call));
  }

  private static Optional<SlackRefusal> content(SlackCall call) {
    String text = call.param("text");
    String blocks = call.param("blocks");
    if ((text == null || text.isBlank()) && blocks == null) {
      return Optional.of(SlackRefusal.of("no_text"));
    }
    if (text != null && text.length() > SlackLimits.MESSAGE_TEXT.max()) {
      return Optional.of(SlackRefusal.of("msg_too_long"));
    }
    if (blocks == null) {
      return Optional.empty();
    }
    List<Violation> found = BlockKitCheck.messageBlocks(json(blocks), "/blocks");
    return found.isEmpty()
        ? Optional.empty()
        : Optional.of(new SlackRefusal("invalid_blocks", found));
  }

  /** Slack names a missing channel as one it cannot find. */
  private static Optional<SlackRefusal> channel(SlackCall call) {
    return call.param("channel") == null || call.param("channel").isEmpty()
        ? Optional.of(SlackRefusal.of("channel_not_found"))
        : Optional.empty();
  }

  private static Optional<SlackRefusal> required(SlackCall call, String name) {
    String value = call.param(name);
    return value == null || value.isEmpty()
        ? Optional.of(
            new SlackRefusal(
                "invalid_arguments", List.of(new Violation("missing required field: " + name, ""))))
        : Optional.empty();
  }

  /** Unparseable JSON is reported like JSON of the wrong shape: Slack wants an object there. */
  private static JsonElement json(String text) {
    try {
      return text == null ? null : JsonParser.parseString(text);
    } catch (JsonParseException e) {
      return null;
    }
  }
}
