package org.commonground.bot.introduce;

import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.composition.OptionGroupObject;
import com.slack.api.model.block.composition.OptionObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.commonground.bot.views.SlackText;
import org.commonground.storage.tags.Tag;

/** Active tags as select options grouped by theme, in the order the themes were created. */
final class TagOptions {

  static final int OPTION_TEXT_LIMIT = 75;

  private final List<Tag> active;
  private final List<OptionGroupObject> groups;

  TagOptions(List<Tag> active) {
    this.active = active;
    Map<String, List<OptionObject>> byTheme = new LinkedHashMap<>();
    for (Tag tag : active) {
      byTheme.computeIfAbsent(tag.theme(), theme -> new ArrayList<>()).add(option(tag));
    }
    this.groups = new ArrayList<>();
    byTheme.forEach(
        (theme, options) ->
            groups.add(
                OptionGroupObject.builder()
                    .label(plainText(SlackText.truncate(theme, OPTION_TEXT_LIMIT)))
                    .options(options)
                    .build()));
  }

  List<OptionGroupObject> groups() {
    return groups;
  }

  /**
   * The options to pre-select for these tags. Retired tags are left out: Slack rejects an initial
   * option that is not among the options.
   */
  List<OptionObject> initial(Optional<List<Tag>> chosen) {
    Set<Integer> ids = chosen.orElse(List.of()).stream().map(Tag::id).collect(Collectors.toSet());
    List<OptionObject> initial =
        active.stream().filter(tag -> ids.contains(tag.id())).map(TagOptions::option).toList();
    return initial.isEmpty() ? null : initial;
  }

  private static OptionObject option(Tag tag) {
    return ProfileModal.option(tag.name(), Integer.toString(tag.id()));
  }
}
