package org.commonground.bot.testing.blockkit;

import static org.commonground.bot.testing.blockkit.SlackLimits.*;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks Block Kit JSON the way Slack does before it shows anything: block, element and
 * composition-object schemas with their limits from {@link SlackLimits}, unique ids, initial values
 * that are among the options. Each problem is reported with the JSON pointer Slack would name.
 */
public final class BlockKitCheck {

  /** Where blocks are shown: inputs exist only in views; messages hold fewer blocks. */
  public enum Surface {
    MESSAGE,
    VIEW
  }

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Set<String> BUTTON_STYLES = Set.of("primary", "danger");

  private final List<Violation> found = new ArrayList<>();
  private final Texts texts = new Texts(found);

  private BlockKitCheck() {}

  /** A modal or Home tab, as the {@code view} of {@code views.open/update/push/publish}. */
  public static List<Violation> view(JsonElement view, String pointer) {
    BlockKitCheck check = new BlockKitCheck();
    check.checkView(view, pointer);
    return check.found;
  }

  /** A message's {@code blocks}. */
  public static List<Violation> messageBlocks(JsonElement blocks, String pointer) {
    BlockKitCheck check = new BlockKitCheck();
    check.checkBlocks(blocks, pointer, MESSAGE_BLOCKS, Surface.MESSAGE);
    return check.found;
  }

  /**
   * What an app answers to a {@code block_suggestion}: {@code options} or {@code option_groups}.
   */
  public static List<Violation> optionsResponse(JsonObject response) {
    BlockKitCheck check = new BlockKitCheck();
    check.checkOptionSources(response, "", false);
    return check.found;
  }

  private void checkView(JsonElement element, String p) {
    JsonObject view = texts.object(element, p);
    if (view == null) {
      return;
    }
    String type = texts.string(view, "type", p, Integer.MAX_VALUE, true);
    if (!"modal".equals(type) && !"home".equals(type)) {
      texts.schema(p + "/type");
    }
    if (type != null) {
      texts.onlyAllowed(view, type, p);
    }
    if ("modal".equals(type)) {
      texts.text(view, "title", p, VIEW_TITLE, true, true);
      texts.text(view, "submit", p, VIEW_SUBMIT, true, hasInput(view));
      texts.text(view, "close", p, VIEW_CLOSE, true, false);
    }
    texts.string(view, "private_metadata", p, PRIVATE_METADATA.max(), false);
    texts.string(view, "callback_id", p, CALLBACK_ID.max(), false);
    texts.string(view, "external_id", p, EXTERNAL_ID.max(), false);
    checkBlocks(view.get("blocks"), p + "/blocks", VIEW_BLOCKS, Surface.VIEW);
  }

  private static boolean hasInput(JsonObject view) {
    if (!(view.get("blocks") instanceof JsonArray blocks)) {
      return false;
    }
    for (JsonElement block : blocks) {
      if (block.isJsonObject()
          && "input".equals(Texts.stringOrNull(block.getAsJsonObject(), "type"))) {
        return true;
      }
    }
    return false;
  }

  private void checkBlocks(JsonElement element, String p, SlackLimits max, Surface surface) {
    JsonArray blocks = texts.array(element, p, max);
    if (blocks == null) {
      return;
    }
    Set<String> blockIds = new HashSet<>();
    for (int i = 0; i < blocks.size(); i++) {
      String at = p + "/" + i;
      JsonObject block = texts.object(blocks.get(i), at);
      if (block != null) {
        checkBlock(block, at, surface, blockIds);
      }
    }
  }

  private void checkBlock(JsonObject block, String p, Surface surface, Set<String> blockIds) {
    String blockId = texts.string(block, "block_id", p, BLOCK_ID.max(), false);
    if (blockId != null && !blockIds.add(blockId)) {
      found.add(new Violation("duplicate block_id", p + "/block_id"));
    }
    String type = texts.string(block, "type", p, Integer.MAX_VALUE, true);
    if (type != null) {
      texts.onlyAllowed(block, type, p);
    }
    switch (type == null ? "" : type) {
      case "section" -> checkSection(block, p);
      case "header" -> texts.text(block, "text", p, HEADER_TEXT, true, true);
      case "context" -> checkContext(block, p);
      case "actions" -> checkActions(block, p);
      case "divider" -> {}
      case "image" -> checkImage(block, p);
      case "input" -> {
        if (surface == Surface.MESSAGE) {
          texts.schema(p);
        } else {
          checkInput(block, p);
        }
      }
      default -> texts.schema(p);
    }
  }

  private void checkSection(JsonObject block, String p) {
    if (!block.has("text") && !block.has("fields")) {
      found.add(new Violation("must define either `text` or `fields`", p));
    }
    texts.text(block, "text", p, SECTION_TEXT, false, false);
    if (block.has("fields")) {
      JsonArray fields = texts.array(block.get("fields"), p + "/fields", SECTION_FIELDS);
      for (int i = 0; fields != null && i < fields.size(); i++) {
        texts.textObject(fields.get(i), p + "/fields/" + i, SECTION_FIELD_TEXT, false);
      }
    }
    if (block.has("accessory")) {
      checkElement(block.get("accessory"), p + "/accessory");
    }
  }

  private void checkContext(JsonObject block, String p) {
    JsonArray elements = texts.array(block.get("elements"), p + "/elements", CONTEXT_ELEMENTS);
    for (int i = 0; elements != null && i < elements.size(); i++) {
      String at = p + "/elements/" + i;
      JsonObject element = texts.object(elements.get(i), at);
      if (element == null) {
        continue;
      }
      if ("image".equals(Texts.stringOrNull(element, "type"))) {
        checkImage(element, at);
      } else {
        texts.textObject(element, at, SECTION_TEXT, false);
      }
    }
  }

  private void checkActions(JsonObject block, String p) {
    JsonArray elements = texts.array(block.get("elements"), p + "/elements", ACTIONS_ELEMENTS);
    Set<String> actionIds = new HashSet<>();
    for (int i = 0; elements != null && i < elements.size(); i++) {
      String at = p + "/elements/" + i;
      checkElement(elements.get(i), at);
      if (elements.get(i).isJsonObject()) {
        String actionId = Texts.stringOrNull(elements.get(i).getAsJsonObject(), "action_id");
        if (actionId != null && !actionIds.add(actionId)) {
          found.add(new Violation("duplicate action_id", at + "/action_id"));
        }
      }
    }
  }

  private void checkImage(JsonObject image, String p) {
    texts.string(image, "image_url", p, IMAGE_URL.max(), true);
    texts.string(image, "alt_text", p, IMAGE_ALT_TEXT.max(), true);
    texts.text(image, "title", p, IMAGE_ALT_TEXT, true, false);
  }

  private void checkInput(JsonObject block, String p) {
    texts.text(block, "label", p, INPUT_LABEL, true, true);
    texts.text(block, "hint", p, INPUT_HINT, true, false);
    if (!block.has("element")) {
      texts.missing("element", p);
    } else {
      checkElement(block.get("element"), p + "/element");
    }
  }

  private void checkElement(JsonElement element, String p) {
    JsonObject e = texts.object(element, p);
    if (e == null) {
      return;
    }
    texts.string(e, "action_id", p, ACTION_ID.max(), false);
    String type = texts.string(e, "type", p, Integer.MAX_VALUE, true);
    if (type != null) {
      texts.onlyAllowed(e, type, p);
    }
    switch (type == null ? "" : type) {
      case "button" -> checkButton(e, p);
      case "static_select", "multi_static_select" -> checkStaticSelect(e, p);
      case "external_select", "multi_external_select" -> checkExternalSelect(e, p);
      case "users_select",
              "multi_users_select",
              "conversations_select",
              "multi_conversations_select",
              "channels_select",
              "multi_channels_select" ->
          checkSelectBasics(e, p);
      case "checkboxes" -> checkChoices(e, p, CHECKBOX_OPTIONS);
      case "radio_buttons" -> checkChoices(e, p, RADIO_OPTIONS);
      case "overflow" -> checkOptionList(e.get("options"), p + "/options", OVERFLOW_OPTIONS, false);
      case "plain_text_input" -> checkPlainTextInput(e, p);
      case "datepicker" -> checkDatePicker(e, p);
      case "image" -> checkImage(e, p);
      default -> texts.schema(p);
    }
  }

  private void checkButton(JsonObject button, String p) {
    texts.text(button, "text", p, BUTTON_TEXT, true, true);
    texts.string(button, "value", p, BUTTON_VALUE.max(), false);
    texts.string(button, "url", p, BUTTON_URL.max(), false);
    String style = texts.string(button, "style", p, Integer.MAX_VALUE, false);
    if (style != null && !BUTTON_STYLES.contains(style)) {
      texts.schema(p + "/style");
    }
    checkConfirm(button, p);
  }

  private void checkConfirm(JsonObject element, String p) {
    if (!element.has("confirm")) {
      return;
    }
    JsonObject confirm = texts.object(element.get("confirm"), p + "/confirm");
    if (confirm != null) {
      String at = p + "/confirm";
      texts.onlyAllowed(confirm, "confirm", at);
      texts.text(confirm, "title", at, CONFIRM_TITLE, true, true);
      texts.text(confirm, "text", at, CONFIRM_TEXT, false, true);
      texts.text(confirm, "confirm", at, CONFIRM_BUTTON, true, true);
      texts.text(confirm, "deny", at, CONFIRM_BUTTON, true, true);
    }
  }

  private void checkSelectBasics(JsonObject select, String p) {
    texts.text(select, "placeholder", p, PLACEHOLDER, true, false);
    checkConfirm(select, p);
    if (select.has("max_selected_items") && select.get("max_selected_items").getAsInt() < 1) {
      found.add(new Violation("must be greater than or equal to 1", p + "/max_selected_items"));
    }
  }

  private void checkStaticSelect(JsonObject select, String p) {
    checkSelectBasics(select, p);
    List<JsonObject> offered = checkOptionSources(select, p, true);
    checkInitial(select, p, offered);
  }

  private void checkExternalSelect(JsonObject select, String p) {
    checkSelectBasics(select, p);
    if (select.has("min_query_length") && select.get("min_query_length").getAsInt() < 0) {
      found.add(new Violation("must be greater than or equal to 0", p + "/min_query_length"));
    }
    for (String key : List.of("initial_option", "initial_options")) {
      if (select.get(key) instanceof JsonArray many) {
        checkOptionList(many, p + "/" + key, SELECT_OPTIONS, false);
      } else if (select.has(key)) {
        checkOption(select.get(key), p + "/" + key, false);
      }
    }
  }

  /**
   * A select's options or option groups, exactly one of the two; returns every option offered.
   *
   * @param required whether the element must offer one or the other (a static select must; an
   *     options response may be empty)
   */
  private List<JsonObject> checkOptionSources(JsonObject holder, String p, boolean required) {
    boolean hasOptions = holder.has("options");
    boolean hasGroups = holder.has("option_groups");
    if (hasOptions && hasGroups) {
      found.add(new Violation("must provide either `options` or `option_groups`, not both", p));
    } else if (required && !hasOptions && !hasGroups) {
      texts.missing("options", p);
    }
    List<JsonObject> offered = new ArrayList<>();
    if (hasOptions) {
      offered.addAll(checkOptionList(holder.get("options"), p + "/options", SELECT_OPTIONS, false));
    }
    if (hasGroups) {
      JsonArray groups =
          texts.array(holder.get("option_groups"), p + "/option_groups", SELECT_OPTION_GROUPS);
      for (int i = 0; groups != null && i < groups.size(); i++) {
        String at = p + "/option_groups/" + i;
        JsonObject group = texts.object(groups.get(i), at);
        if (group != null) {
          texts.onlyAllowed(group, "option_group", at);
          texts.text(group, "label", at, OPTION_GROUP_LABEL, true, true);
          offered.addAll(
              checkOptionList(group.get("options"), at + "/options", OPTION_GROUP_OPTIONS, false));
        }
      }
    }
    return offered;
  }

  private void checkChoices(JsonObject choices, String p, SlackLimits max) {
    List<JsonObject> offered = checkOptionList(choices.get("options"), p + "/options", max, true);
    checkInitial(choices, p, offered);
    checkConfirm(choices, p);
  }

  private List<JsonObject> checkOptionList(
      JsonElement element, String p, SlackLimits max, boolean markdown) {
    JsonArray options = texts.array(element, p, max);
    List<JsonObject> valid = new ArrayList<>();
    for (int i = 0; options != null && i < options.size(); i++) {
      JsonObject option = checkOption(options.get(i), p + "/" + i, markdown);
      if (option != null) {
        valid.add(option);
      }
    }
    return valid;
  }

  private JsonObject checkOption(JsonElement element, String p, boolean markdown) {
    JsonObject option = texts.object(element, p);
    if (option != null) {
      texts.onlyAllowed(option, "option", p);
      texts.text(option, "text", p, OPTION_TEXT, !markdown, true);
      texts.string(option, "value", p, OPTION_VALUE.max(), true);
      texts.text(option, "description", p, OPTION_DESCRIPTION, !markdown, false);
      texts.string(option, "url", p, OPTION_URL.max(), false);
    }
    return option;
  }

  /** Slack refuses an initial option that is not exactly one of the options offered. */
  private void checkInitial(JsonObject element, String p, List<JsonObject> offered) {
    if (element.get("initial_option") instanceof JsonObject one && !offered.contains(one)) {
      found.add(new Violation("must match one of the provided options", p + "/initial_option"));
    }
    if (element.get("initial_options") instanceof JsonArray many) {
      for (int i = 0; i < many.size(); i++) {
        if (!offered.contains(many.get(i))) {
          found.add(
              new Violation("must match one of the provided options", p + "/initial_options/" + i));
        }
      }
    }
  }

  private void checkPlainTextInput(JsonObject input, String p) {
    texts.text(input, "placeholder", p, PLACEHOLDER, true, false);
    int max = PLAIN_TEXT_INPUT_LENGTH.max();
    if (input.has("max_length")) {
      int maxLength = input.get("max_length").getAsInt();
      if (maxLength < 1 || maxLength > max) {
        found.add(new Violation("must be less than " + (max + 1), p + "/max_length"));
      } else {
        max = maxLength;
      }
    }
    if (input.has("min_length") && input.get("min_length").getAsInt() > max) {
      found.add(new Violation("must be less than " + (max + 1), p + "/min_length"));
    }
    texts.string(input, "initial_value", p, max, false);
  }

  private void checkDatePicker(JsonObject picker, String p) {
    texts.text(picker, "placeholder", p, PLACEHOLDER, true, false);
    String initial = texts.string(picker, "initial_date", p, 10, false);
    if (initial != null && !DATE.matcher(initial).matches()) {
      found.add(new Violation("must match the format YYYY-MM-DD", p + "/initial_date"));
    }
  }
}
