package org.commonground.bot.slack.privacy;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.util.Optional;
import org.commonground.bot.core.privacy.PrivacyService;
import org.commonground.bot.slack.home.HomeService;

/** <b>Download my data</b> in App Home: the file follows by DM, unless one did minutes ago. */
public final class DownloadMyData implements BlockActionHandler {

  static final String ON_ITS_WAY =
      ":inbox_tray: Your data is on its way: look for a file in your messages from Common Ground.";

  private final PrivacyService privacy;
  private final HomeService home;

  public DownloadMyData(PrivacyService privacy, HomeService home) {
    this.privacy = privacy;
    this.home = home;
  }

  @Override
  public Response apply(BlockActionRequest request, ActionContext ctx) {
    String userId = request.getPayload().getUser().getId();
    boolean sending = privacy.exportLater(userId);
    home.publishLater(
        userId, Optional.of(sending ? ON_ITS_WAY : PrivacyService.EXPORT_SENT_RECENTLY));
    return ctx.ack();
  }
}
