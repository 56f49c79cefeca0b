package org.commonground.bot.metrics;

import java.io.IOException;
import java.util.List;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Counts every 429 that Slack's Web API answers, whichever part of the app made the call. It sits
 * in the SDK's HTTP client because the SDK tells its own response listeners about successful
 * responses only.
 */
public final class RateLimitCounter implements Interceptor {

  private static final int TOO_MANY_REQUESTS = 429;

  private final AppMetrics metrics;

  public RateLimitCounter(AppMetrics metrics) {
    this.metrics = metrics;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    if (response.code() == TOO_MANY_REQUESTS) {
      List<String> path = response.request().url().pathSegments();
      metrics.rateLimited(path.get(path.size() - 1));
    }
    return response;
  }
}
