package org.commonground.bot.tags;

import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.externalSelect;
import static com.slack.api.model.block.element.BlockElements.multiExternalSelect;
import static com.slack.api.model.block.element.BlockElements.multiStaticSelect;
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
import org.commonground.bot.views.SlackText;
import org.commonground.storage.tags.Tag;

/**
 * Tag pickers. Up to Slack's 100 options they list the tags grouped by theme; past that they search
 * as the person types, answered by {@link TagOptionsLoad} on name, former name and description.
 */
public final class TagPicker {

  public static final int STATIC_LIMIT = 100;

  private TagPicker() {}

  /**
   * Picks up to {@code max} of {@code offered}, with those of {@code chosen} still offered already
   * picked: Slack rejects a picked option that is not among the options, so retired tags drop out.
   */
  public static BlockElement multi(
      String actionId, String placeholder, List<Tag> offered, List<Tag> chosen, int max) {
    Set<Integer> ids = chosen.stream().map(Tag::id).collect(Collectors.toSet());
    List<OptionObject> initial =
        offered.stream().filter(tag -> ids.contains(tag.id())).map(TagPicker::option).toList();
    List<OptionObject> picked = initial.isEmpty() ? null : initial;
    if (offered.size() > STATIC_LIMIT) {
      return multiExternalSelect(
          m ->
              m.actionId(actionId)
                  .placeholder(plainText(placeholder))
                  .minQueryLength(1)
                  .maxSelectedItems(max)
                  .initialOptions(picked));
    }
    return multiStaticSelect(
        m ->
            m.actionId(actionId)
                .placeholder(plainText(placeholder))
                .optionGroups(groups(offered))
                .maxSelectedItems(max)
                .initialOptions(picked));
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
        .text(plainText(SlackText.truncate(text, SlackText.OPTION_TEXT_LIMIT)))
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
                    .label(plainText(SlackText.truncate(theme, SlackText.OPTION_TEXT_LIMIT)))
                    .options(options)
                    .build()));
    return groups;
  }
}
