package org.commonground.bot.slack.tags;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonground.bot.core.curation.CommandException;
import org.commonground.bot.core.tags.TagRules;
import org.commonground.bot.core.views.Markup;
import org.commonground.bot.slack.views.SlackText;
import org.commonground.bot.slack.views.SubmittedValues;

/** Inputs the tag forms share (name, theme, description) and reading them back. */
public final class TagFormInputs {

  public static final String NAME_BLOCK = "tag_name";
  static final String NAME_ACTION = "tag_name_text";
  static final String THEME_BLOCK = "tag_theme";
  static final String THEME_ACTION = "tag_theme_pick";
  static final String NEW_THEME_BLOCK = "tag_new_theme";
  static final String NEW_THEME_ACTION = "tag_new_theme_text";
  static final String DESCRIPTION_BLOCK = "tag_description";
  static final String DESCRIPTION_ACTION = "tag_description_text";

  private TagFormInputs() {}

  static LayoutBlock block(String blockId, String label, boolean optional, BlockElement element) {
    return input(
        i -> i.blockId(blockId).label(plainText(label)).optional(optional).element(element));
  }

  static BlockElement textBox(String actionId, int max, String initial) {
    return plainTextInput(
        p -> p.actionId(actionId).maxLength(max).multiline(max > 100).initialValue(initial));
  }

  /** A picker of the themes in use and a box for a new one; both optional, at most one used. */
  static List<LayoutBlock> theme(List<String> themes, String label) {
    List<LayoutBlock> blocks = new ArrayList<>();
    if (!themes.isEmpty()) {
      List<OptionObject> options =
          themes.stream().limit(TagPicker.STATIC_LIMIT).map(TagFormInputs::themeOption).toList();
      blocks.add(
          block(
              THEME_BLOCK,
              label,
              true,
              staticSelect(s -> s.actionId(THEME_ACTION).options(options))));
    }
    blocks.add(
        block(
            NEW_THEME_BLOCK,
            "…or a new theme",
            true,
            textBox(NEW_THEME_ACTION, TagRules.THEME_MAX, null)));
    return blocks;
  }

  /** The theme picked or typed, if either; throws when both are given. */
  static Optional<String> theme(SubmittedValues values) {
    Optional<String> picked = values.selected(THEME_BLOCK, THEME_ACTION);
    String typed = values.text(NEW_THEME_BLOCK, NEW_THEME_ACTION);
    if (picked.isPresent() && !typed.isEmpty()) {
      throw new CommandException("Pick a theme or type a new one, not both.");
    }
    return typed.isEmpty() ? picked : Optional.of(typed);
  }

  static Optional<String> text(SubmittedValues values, String blockId, String actionId) {
    return Optional.of(values.text(blockId, actionId)).filter(t -> !t.isEmpty());
  }

  private static OptionObject themeOption(String theme) {
    return OptionObject.builder()
        .text(plainText(Markup.truncate(theme, SlackText.OPTION_TEXT_LIMIT)))
        .value(theme)
        .build();
  }
}
