package org.commonground.bot.testing.blockkit;

import static java.util.Map.entry;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields each Block Kit object may carry. Slack's schemas allow no others, so a field in the
 * wrong place (a {@code hint} on a section, an {@code initial_value} on a select) is refused rather
 * than ignored.
 */
final class AllowedFields {

  private static final Set<String> SELECT =
      Set.of(
          "type",
          "action_id",
          "placeholder",
          "confirm",
          "focus_on_load",
          "max_selected_items",
          "options",
          "option_groups",
          "initial_option",
          "initial_options",
          "min_query_length",
          "initial_user",
          "initial_users",
          "initial_conversation",
          "initial_conversations",
          "initial_channel",
          "initial_channels",
          "default_to_current_conversation",
          "response_url_enabled",
          "filter");

  private static final Map<String, Set<String>> BY_KIND =
      Map.ofEntries(
          entry(
              "modal",
              Set.of(
                  "type",
                  "title",
                  "blocks",
                  "close",
                  "submit",
                  "private_metadata",
                  "callback_id",
                  "clear_on_close",
                  "notify_on_close",
                  "external_id",
                  "submit_disabled")),
          entry("home", Set.of("type", "blocks", "private_metadata", "callback_id", "external_id")),
          entry("section", Set.of("type", "block_id", "text", "fields", "accessory", "expand")),
          entry("header", Set.of("type", "block_id", "text")),
          entry("context", Set.of("type", "block_id", "elements")),
          entry("actions", Set.of("type", "block_id", "elements")),
          entry("divider", Set.of("type", "block_id")),
          entry(
              "image", Set.of("type", "block_id", "image_url", "alt_text", "title", "slack_file")),
          entry(
              "input",
              Set.of(
                  "type", "block_id", "label", "hint", "element", "optional", "dispatch_action")),
          entry(
              "button",
              Set.of(
                  "type",
                  "action_id",
                  "text",
                  "value",
                  "url",
                  "style",
                  "confirm",
                  "accessibility_label")),
          entry(
              "checkboxes",
              Set.of(
                  "type", "action_id", "options", "initial_options", "confirm", "focus_on_load")),
          entry(
              "radio_buttons",
              Set.of("type", "action_id", "options", "initial_option", "confirm", "focus_on_load")),
          entry("overflow", Set.of("type", "action_id", "options", "confirm")),
          entry(
              "plain_text_input",
              Set.of(
                  "type",
                  "action_id",
                  "placeholder",
                  "initial_value",
                  "multiline",
                  "min_length",
                  "max_length",
                  "dispatch_action_config",
                  "focus_on_load")),
          entry(
              "datepicker",
              Set.of(
                  "type", "action_id", "placeholder", "initial_date", "confirm", "focus_on_load")),
          entry("text", Set.of("type", "text", "emoji", "verbatim")),
          entry("option", Set.of("text", "value", "description", "url")),
          entry("option_group", Set.of("label", "options")),
          entry("confirm", Set.of("title", "text", "confirm", "deny", "style")));

  private AllowedFields() {}

  /** The fields of {@code object} that an object of {@code kind} may not have. */
  static List<String> unknown(JsonObject object, String kind) {
    Set<String> allowed = kind.endsWith("select") ? SELECT : BY_KIND.get(kind);
    if (allowed == null) {
      return List.of();
    }
    return object.keySet().stream().filter(key -> !allowed.contains(key)).toList();
  }
}
