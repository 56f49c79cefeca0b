package org.commonground.bot.slack.consent;

import com.slack.api.bolt.App;

/** The privacy notice's buttons, wherever the notice is shown. */
public final class ConsentSlackHandlers {

  private final NoticeAgreement agreement;

  public ConsentSlackHandlers(NoticeAgreement agreement) {
    this.agreement = agreement;
  }

  public void register(App app) {
    app.blockAction(NoticeBlocks.AGREE_ACTION, new AgreeClick(agreement));
    // The link opens in the browser; Slack still tells the app, and wants an answer.
    app.blockAction(NoticeBlocks.READ_ACTION, (request, ctx) -> ctx.ack());
  }
}
