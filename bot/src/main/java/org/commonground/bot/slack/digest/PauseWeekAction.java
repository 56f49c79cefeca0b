package org.commonground.bot.slack.digest;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.time.Duration;
import org.commonground.bot.core.home.MemberSettings;
import org.commonground.storage.messages.SentMessages;

/**
 * <b>Pause matches for a week</b> in the digest's footer: skips the next round, and says until when
 * by DM, once in {@link #REPLY_QUIET} however often it is pressed (the answer would be the same).
 */
public final class PauseWeekAction implements BlockActionHandler {

  static final Duration REPLY_QUIET = Duration.ofMinutes(10);

  private static final String REPLY_KIND = "paused_week";

  private final MemberSettings settings;
  private final SentMessages sent;

  public PauseWeekAction(MemberSettings settings, SentMessages sent) {
    this.settings = settings;
    this.sent = sent;
  }

  @Override
  public Response apply(BlockActionRequest request, ActionContext ctx)
      throws IOException, SlackApiException {
    String userId = request.getPayload().getUser().getId();
    String outcome = settings.pauseForWeeks(userId, "1");
    if (sent.claim(REPLY_KIND, SentMessages.PER_PERSON, userId, REPLY_QUIET)) {
      ctx.client().chatPostMessage(r -> r.channel(userId).text(outcome));
    }
    return ctx.ack();
  }
}
