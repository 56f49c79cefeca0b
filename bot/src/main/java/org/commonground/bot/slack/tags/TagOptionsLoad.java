package org.commonground.bot.slack.tags;

import com.slack.api.app_backend.interactive_components.response.Option;
import com.slack.api.app_backend.interactive_components.response.OptionGroup;
import com.slack.api.bolt.context.builtin.BlockSuggestionContext;
import com.slack.api.bolt.handler.builtin.BlockSuggestionHandler;
import com.slack.api.bolt.request.builtin.BlockSuggestionRequest;
import com.slack.api.bolt.response.Response;
import java.util.List;
import org.commonground.storage.tags.Tag;
import org.commonground.storage.tags.TagCatalogue;

/**
 * The options of the tag pickers that load them from the app, grouped by theme: as a menu opens,
 * the tags in the order the list shows them; once something is typed, the tags whose name, former
 * name or description contains the typed words, searched in the database so it stays fast however
 * long the list grows. Never more than Slack's 100 options.
 */
public final class TagOptionsLoad implements BlockSuggestionHandler {

  private final TagCatalogue catalogue;
  private final boolean includeRetired;

  /** {@code includeRetired} for admins' pickers, where a retired tag can be edited or merged. */
  public TagOptionsLoad(TagCatalogue catalogue, boolean includeRetired) {
    this.catalogue = catalogue;
    this.includeRetired = includeRetired;
  }

  @Override
  public Response apply(BlockSuggestionRequest request, BlockSuggestionContext ctx) {
    String typed = request.getPayload().getValue();
    List<OptionGroup> groups =
        TagPicker.groups(found(typed == null ? "" : typed.strip())).stream()
            .map(
                group ->
                    OptionGroup.builder()
                        .label(group.getLabel())
                        .options(
                            group.getOptions().stream()
                                .map(option -> new Option(option.getText(), option.getValue()))
                                .toList())
                        .build())
            .toList();
    return ctx.ack(r -> r.optionGroups(groups));
  }

  private List<Tag> found(String typed) {
    if (typed.isEmpty()) {
      List<Tag> all = includeRetired ? catalogue.current() : catalogue.active();
      return all.stream().limit(TagPicker.STATIC_LIMIT).toList();
    }
    return includeRetired
        ? catalogue.searchCurrent(typed, TagPicker.STATIC_LIMIT)
        : catalogue.searchActive(typed, TagPicker.STATIC_LIMIT);
  }
}
