package org.commonground.bot.consent;

import com.slack.api.bolt.App;

/** The privacy notice's buttons, wherever the notice is shown. */
public final class ConsentListeners {

  private ConsentListeners() {}

  public static void register(App app, NoticeAgreement agreement) {
    app.blockAction(NoticeBlocks.AGREE_ACTION, new AgreeClick(agreement));
    // The link opens in the browser; Slack still tells the app, and wants an answer.
    app.blockAction(NoticeBlocks.READ_ACTION, (request, ctx) -> ctx.ack());
  }
}
