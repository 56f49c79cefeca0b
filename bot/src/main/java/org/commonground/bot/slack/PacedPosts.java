package org.commonground.bot.slack;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.commonground.bot.core.delivery.PlatformPace;
import org.commonground.bot.core.delivery.RetryAfterHeader;
import org.commonground.bot.core.delivery.ShortRefusals;

/**
 * Paces every {@code chat.postMessage} the app makes, whichever part of it posts, through Slack's
 * one {@link PlatformPace}; Slack limits that method on its own, apart from the tiers of the
 * others. It sits in the SDK's HTTP client, where every post passes and where a {@code 429}'s
 * {@code Retry-After} can be read; a short one is waited out and the post made again ({@link
 * ShortRefusals}). A wait cut short because the app is stopping ends the call unmade, with {@link
 * StoppedWaiting}.
 */
public final class PacedPosts implements Interceptor {

  private static final String POST_MESSAGE = "chat.postMessage";
  private static final int TOO_MANY_REQUESTS = 429;

  private final PlatformPace pace;

  public PacedPosts(PlatformPace pace) {
    this.pace = pace;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    List<String> path = chain.request().url().pathSegments();
    if (!POST_MESSAGE.equals(path.get(path.size() - 1))) {
      return chain.proceed(chain.request());
    }
    for (int attempt = 1; ; attempt++) {
      PlatformPace.Turn turn = awaitTurn();
      Response response = chain.proceed(chain.request());
      if (response.code() != TOO_MANY_REQUESTS) {
        turn.accepted();
        return response;
      }
      Duration retryAfter = RetryAfterHeader.orAMinute(response.header("Retry-After"));
      // The pace now holds every post until the Retry-After has passed, this one included.
      turn.refused(retryAfter);
      if (!ShortRefusals.madeAgain(attempt, retryAfter)) {
        return response;
      }
      response.close();
    }
  }

  private PlatformPace.Turn awaitTurn() throws IOException {
    try {
      return pace.awaitTurn().orElseThrow(StoppedWaiting::new);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted waiting for a turn to post");
    }
  }

  /** The app began to stop while a post waited for its turn: it was not made. */
  public static final class StoppedWaiting extends IOException {
    StoppedWaiting() {
      super("the app is stopping; the message was not posted");
    }
  }
}
