package org.commonground.bot.http;

import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.ServletAdapterOps;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.commonground.bot.metrics.AppMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /slack/events}: hands Slack's requests to Bolt. Unlike Bolt's own servlet it reads
 * the body as the exact UTF-8 bytes Slack signed (Bolt's re-joins lines and trusts the declared
 * charset), refuses oversized bodies before parsing them, and answers a body Bolt cannot parse with
 * 400 instead of a stack trace.
 */
final class SlackEventsServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger log = LoggerFactory.getLogger(SlackEventsServlet.class);

  /** Far above any real Slack payload (a full modal's state is tens of kilobytes). */
  static final int MAX_BODY_BYTES = 1024 * 1024;

  /** The kind recorded in the metrics for requests refused before Bolt could classify them. */
  static final String UNREADABLE = "unreadable";

  private final transient App app;
  private final transient SlackRequestParser parser;
  private final transient AppMetrics metrics;

  SlackEventsServlet(App app, AppMetrics metrics) {
    this.app = app;
    this.parser = new SlackRequestParser(app.config());
    this.metrics = metrics;
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long start = System.nanoTime();
    if (request.getContentLengthLong() > MAX_BODY_BYTES) {
      refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "request too large", start);
      return;
    }
    byte[] bytes = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
    if (bytes.length > MAX_BODY_BYTES) {
      refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "request too large", start);
      return;
    }
    Request<?> slackRequest = parse(request, new String(bytes, StandardCharsets.UTF_8));
    if (slackRequest == null) {
      refuse(response, HttpServletResponse.SC_BAD_REQUEST, "invalid request", start);
      return;
    }
    Response answer = run(slackRequest);
    if (answer.getStatusCode() >= 400 && answer.getStatusCode() < 500) {
      log.info(
          "Refused a {} request: HTTP {}", slackRequest.getRequestType(), answer.getStatusCode());
    }
    ServletAdapterOps.writeResponse(response, answer);
  }

  private Response run(Request<?> slackRequest) {
    try {
      return app.run(slackRequest);
    } catch (Exception e) {
      log.error("Failed to handle a {} request", slackRequest.getRequestType(), e);
      return error(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "something went wrong");
    }
  }

  private Request<?> parse(HttpServletRequest request, String body) {
    try {
      return parser.parse(
          SlackRequestParser.HttpRequest.builder()
              .requestUri(request.getRequestURI())
              .queryString(QueryStringParser.toMap(request.getQueryString()))
              .headers(new RequestHeaders(ServletAdapterOps.toHeaderMap(request)))
              .requestBody(body)
              .remoteAddress(request.getRemoteAddr())
              .build());
    } catch (RuntimeException e) {
      // Bolt's parser fails this way on JSON it cannot read; the body itself is never logged.
      log.debug("Unparseable body: {}", e.getClass().getSimpleName());
      return null;
    }
  }

  /** Refuses a request before Bolt sees it, with one log line that leaves out the body. */
  private void refuse(HttpServletResponse response, int status, String error, long start)
      throws IOException {
    log.info("Refused a request: HTTP {}, {}", status, error);
    metrics.request(UNREADABLE, "refused", Duration.ofNanos(System.nanoTime() - start));
    ServletAdapterOps.writeResponse(response, error(status, error));
  }

  private static Response error(int status, String error) {
    return Response.json(status, "{\"error\":\"" + error + "\"}");
  }
}
