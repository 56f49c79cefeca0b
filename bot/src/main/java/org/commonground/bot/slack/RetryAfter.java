package org.commonground.bot.slack;

import com.slack.api.methods.SlackApiException;
import java.time.Duration;
import java.util.Optional;

/** How long Slack asked the app to wait, with its {@code Retry-After} header. */
public final class RetryAfter {

  private RetryAfter() {}

  /** The wait the answer names, in whole seconds; empty when it names none that can be read. */
  public static Optional<Duration> given(SlackApiException e) {
    String header = e.getResponse().header("Retry-After");
    if (header == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Duration.ofSeconds(Long.parseLong(header.trim())));
    } catch (NumberFormatException notSeconds) {
      return Optional.empty();
    }
  }

  /**
   * The wait before calling again after a 429: at least a second, and a minute when Slack named no
   * wait that can be read.
   */
  public static Duration orAMinute(SlackApiException e) {
    return given(e)
        .map(wait -> wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait)
        .orElse(Duration.ofMinutes(1));
  }
}
