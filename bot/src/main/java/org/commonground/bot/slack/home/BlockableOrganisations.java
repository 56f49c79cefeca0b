package org.commonground.bot.slack.home;

import com.slack.api.app_backend.interactive_components.response.Option;
import com.slack.api.bolt.context.builtin.BlockSuggestionContext;
import com.slack.api.bolt.handler.builtin.BlockSuggestionHandler;
import com.slack.api.bolt.request.builtin.BlockSuggestionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.composition.BlockCompositions;
import org.commonground.bot.core.home.MemberBlocks;
import org.commonground.bot.core.views.Markup;
import org.commonground.bot.slack.views.SlackText;

/**
 * Options for App Home's <i>Block an organisation…</i> picker: the network's organisations, as many
 * as there are, found as the member types.
 */
public final class BlockableOrganisations implements BlockSuggestionHandler {

  /** Slack's limit on the options of one options load. */
  private static final int MAX_OPTIONS = 100;

  private final MemberBlocks blocks;

  public BlockableOrganisations(MemberBlocks blocks) {
    this.blocks = blocks;
  }

  @Override
  public Response apply(BlockSuggestionRequest request, BlockSuggestionContext ctx) {
    var payload = request.getPayload();
    var options =
        blocks.blockable(payload.getUser().getId(), payload.getValue(), MAX_OPTIONS).stream()
            .map(
                o ->
                    new Option(
                        BlockCompositions.plainText(
                            Markup.truncate(o.name(), SlackText.OPTION_TEXT_LIMIT)),
                        Long.toString(o.id())))
            .toList();
    return ctx.ack(r -> r.options(options));
  }
}
