package org.commonground.bot.slack.tags;

import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.externalSelect;
import static com.slack.api.model.block.element.BlockElements.multiExternalSelect;
import static com.slack.api.model.block.element.BlockElements.staticSelect;

import com.slack.api.model.block.composition.OptionGroupObject;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.commonground.bot.core.views.Markup;
import org.commonground.bot.slack.views.SlackText;
import org.commonground.storage.tags.Tag;

/**
 * Tag pickers. A member's pickers load their options from the app ({@link TagOptionsLoad}) as the
 * menu opens: every tag grouped by theme, narrowed on name, former name and description as they
 * type. The form itself then carries no tag list (a profile form with three pickers would otherwise
 * carry the whole list three times), always offers the tags of the moment and is not held to
 * Slack's 100 options. Admins' single pickers list up to 100 tags in the form and search past that.
 */
public final class TagPicker {

  public static final int STATIC_LIMIT = 100;

  private TagPicker() {}

  /**
   * Picks up to {@code max} tags, with those of {@code chosen} that are still {@code offered}
   * already picked, so a retired tag drops out of a profile when it is next saved.
   */
  public static BlockElement multi(
      String actionId, String placeholder, List<Tag> offered, List<Tag> chosen, int max) {
    Set<Integer> ids = chosen.stream().map(Tag::id).collect(Collectors.toSet());
    List<OptionObject> initial =
        offered.stream().filter(tag -> ids.contains(tag.id())).map(TagPicker::option).toList();
    return multiExternalSelect(
        m ->
            m.actionId(actionId)
                .placeholder(plainText(placeholder))
                .minQueryLength(0)
                .maxSelectedItems(max)
                .initialOptions(initial.isEmpty() ? null : initial));
  }

  public static BlockElement single(String actionId, String placeholder, List<Tag> offered) {
    if (offered.size() > STATIC_LIMIT) {
      return externalSelect(
          s -> s.actionId(actionId).placeholder(plainText(placeholder)).minQueryLength(1));
    }
    return staticSelect(
        s ->
            s.actionId(actionId).placeholder(plainText(placeholder)).optionGroups(groups(offered)));
  }

  public static OptionObject option(Tag tag) {
    String text = tag.isActive() ? tag.name() : tag.name() + " (retired)";
    return OptionObject.builder()
        .text(plainText(Markup.truncate(text, SlackText.OPTION_TEXT_LIMIT)))
        .value(Integer.toString(tag.id()))
        .build();
  }

  /** Options grouped by theme, themes in the order the tags come. */
  static List<OptionGroupObject> groups(List<Tag> tags) {
    Map<String, List<OptionObject>> byTheme = new LinkedHashMap<>();
    tags.forEach(
        tag -> byTheme.computeIfAbsent(tag.theme(), t -> new ArrayList<>()).add(option(tag)));
    List<OptionGroupObject> groups = new ArrayList<>();
    byTheme.forEach(
        (theme, options) ->
            groups.add(
                OptionGroupObject.builder()
                    .label(plainText(Markup.truncate(theme, SlackText.OPTION_TEXT_LIMIT)))
                    .options(options)
                    .build()));
    return groups;
  }
}
