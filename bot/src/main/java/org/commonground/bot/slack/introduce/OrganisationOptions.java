package org.commonground.bot.slack.introduce;

import com.slack.api.app_backend.interactive_components.response.Option;
import com.slack.api.bolt.context.builtin.BlockSuggestionContext;
import com.slack.api.bolt.handler.builtin.BlockSuggestionHandler;
import com.slack.api.bolt.request.builtin.BlockSuggestionRequest;
import com.slack.api.bolt.response.Response;
import org.commonground.bot.core.introduce.ProfileService;

/** Options for the organisation picker once there are too many organisations to list. */
public final class OrganisationOptions implements BlockSuggestionHandler {

  private static final int MAX_OPTIONS = 100;

  private final ProfileService profiles;

  public OrganisationOptions(ProfileService profiles) {
    this.profiles = profiles;
  }

  @Override
  public Response apply(BlockSuggestionRequest request, BlockSuggestionContext ctx) {
    String typed = request.getPayload().getValue();
    var options =
        profiles.searchOrganisations(typed, MAX_OPTIONS).stream()
            .map(OrganisationInputs::option)
            .map(option -> new Option(option.getText(), option.getValue()))
            .toList();
    return ctx.ack(r -> r.options(options));
  }
}
