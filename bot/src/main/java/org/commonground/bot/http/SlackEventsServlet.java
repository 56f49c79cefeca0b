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

  private final transient App app;
  private final transient SlackRequestParser parser;

  SlackEventsServlet(App app) {
    this.app = app;
    this.parser = new SlackRequestParser(app.config());
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getContentLengthLong() > MAX_BODY_BYTES) {
      reject(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "request too large");
      return;
    }
    byte[] bytes = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
    if (bytes.length > MAX_BODY_BYTES) {
      reject(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "request too large");
      return;
    }
    Request<?> slackRequest = parse(request, new String(bytes, StandardCharsets.UTF_8));
    if (slackRequest == null) {
      reject(response, HttpServletResponse.SC_BAD_REQUEST, "invalid request");
      return;
    }
    try {
      ServletAdapterOps.writeResponse(response, app.run(slackRequest));
    } catch (Exception e) {
      log.error("Failed to handle a {} request", slackRequest.getRequestType(), e);
      reject(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "something went wrong");
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
      log.info(
          "Unreadable request to {}: {}", request.getRequestURI(), e.getClass().getSimpleName());
      return null;
    }
  }

  private static void reject(HttpServletResponse response, int status, String error)
      throws IOException {
    ServletAdapterOps.writeResponse(
        response, Response.json(status, "{\"error\":\"" + error + "\"}"));
  }
}
