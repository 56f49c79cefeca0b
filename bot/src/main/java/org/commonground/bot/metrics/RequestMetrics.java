package org.commonground.bot.metrics;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import java.time.Duration;
import java.util.Locale;

/**
 * Times every Slack request from the first middleware to the acknowledgement, and counts it by kind
 * and outcome. It runs before the signature check so refused requests are counted too, which is why
 * the kind is Bolt's request type and never anything the sender chose.
 */
public final class RequestMetrics implements Middleware {

  private final AppMetrics metrics;

  public RequestMetrics(AppMetrics metrics) {
    this.metrics = metrics;
  }

  @Override
  public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
    long start = System.nanoTime();
    String kind = kind(req.getRequestType());
    try {
      Response response = chain.next(req);
      metrics.request(kind, outcome(response.getStatusCode()), since(start));
      return response;
    } catch (Exception e) {
      metrics.request(kind, "error", since(start));
      throw e;
    }
  }

  /** {@code BlockAction} reads {@code block_action}. */
  static String kind(RequestType type) {
    return type.name().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }

  static String outcome(int status) {
    if (status == 401) {
      return "unauthorised";
    }
    if (status >= 500) {
      return "error";
    }
    return status >= 400 ? "refused" : "ok";
  }

  static Duration since(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }
}
