package org.commonground.bot.slack;

import com.slack.api.methods.SlackApiException;
import java.time.Duration;
import java.util.Optional;
import org.commonground.bot.core.delivery.RetryAfterHeader;

/** How long Slack asked the app to wait, with its {@code Retry-After} header. */
public final class RetryAfter {

  private RetryAfter() {}

  /** The wait the answer names, in whole seconds; empty when it names none that can be read. */
  public static Optional<Duration> given(SlackApiException e) {
    return RetryAfterHeader.given(header(e));
  }

  /**
   * The wait before calling again after a 429: at least a second, and a minute when Slack named no
   * wait that can be read.
   */
  public static Duration orAMinute(SlackApiException e) {
    return RetryAfterHeader.orAMinute(header(e));
  }

  private static String header(SlackApiException e) {
    return e.getResponse().header("Retry-After");
  }
}
