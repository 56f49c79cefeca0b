package org.commonground.bot.tags;

import com.slack.api.app_backend.interactive_components.response.Option;
import com.slack.api.bolt.context.builtin.BlockSuggestionContext;
import com.slack.api.bolt.handler.builtin.BlockSuggestionHandler;
import com.slack.api.bolt.request.builtin.BlockSuggestionRequest;
import com.slack.api.bolt.response.Response;
import java.util.List;
import org.commonground.storage.tags.Tag;
import org.commonground.storage.tags.TagCatalogue;

/**
 * Typeahead for tag pickers past 100 tags: tags whose name, former name or description contains the
 * typed words, searched in the database so it stays fast however long the list grows.
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
    List<Tag> found =
        includeRetired
            ? catalogue.searchCurrent(typed, TagPicker.STATIC_LIMIT)
            : catalogue.searchActive(typed, TagPicker.STATIC_LIMIT);
    List<Option> options =
        found.stream()
            .map(TagPicker::option)
            .map(option -> new Option(option.getText(), option.getValue()))
            .toList();
    return ctx.ack(r -> r.options(options));
  }
}
