package org.commonground.bot.digest;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** <b>Pause matches for a week</b> in the digest's footer. */
public final class PauseWeekAction implements BlockActionHandler {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

  private final Pauses pauses;

  public PauseWeekAction(Pauses pauses) {
    this.pauses = pauses;
  }

  @Override
  public Response apply(BlockActionRequest request, ActionContext ctx)
      throws IOException, SlackApiException {
    String userId = request.getPayload().getUser().getId();
    String text =
        pauses
            .pauseForAWeek(userId)
            .map(
                until ->
                    ":pause_button: Paused: no introductions until after "
                        + until.format(DAY)
                        + ". Run `/introduce` any time to change how many introductions you get.")
            .orElse("You haven't introduced yourself yet: run `/introduce` to join.");
    ctx.client().chatPostMessage(r -> r.channel(userId).text(text));
    return ctx.ack();
  }
}
