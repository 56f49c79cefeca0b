package org.commonground.bot.digest;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import org.commonground.bot.introduce.ProfileService;

/** <b>Edit profile</b> in the digest's footer: the profile modal, pre-filled. */
public final class EditProfileAction implements BlockActionHandler {

  private final ProfileService profiles;

  public EditProfileAction(ProfileService profiles) {
    this.profiles = profiles;
  }

  @Override
  public Response apply(BlockActionRequest request, ActionContext ctx)
      throws IOException, SlackApiException {
    var payload = request.getPayload();
    ctx.client()
        .viewsOpen(
            r ->
                r.triggerId(payload.getTriggerId())
                    .view(profiles.modalFor(payload.getUser().getId())));
    return ctx.ack();
  }
}
