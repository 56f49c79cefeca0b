package org.commonground.bot.slack.curation;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import org.commonground.bot.core.admin.Admins;
import org.commonground.bot.slack.Poster;

/** Tells a non-admin who clicked an admin button, privately, that it is not for them. */
public final class Refusal {

  private Refusal() {}

  public static void tell(Poster poster, BlockActionPayload payload) {
    String channel =
        payload.getChannel() != null
            ? payload.getChannel().getId()
            : payload.getContainer() == null ? null : payload.getContainer().getChannelId();
    String user = payload.getUser().getId();
    poster.whisper(channel == null ? user : channel, user, Admins.REFUSAL);
  }
}
