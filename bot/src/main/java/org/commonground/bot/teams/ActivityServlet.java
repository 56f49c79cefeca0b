package org.commonground.bot.teams;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.commonground.bot.teams.auth.InboundTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/messages}: the Bot Framework's activities. Each is handled only once its token
 * has been checked; a request that fails the check gets 401 and has no effect at all, not even a
 * reply. Bodies are read as UTF-8 and refused past a size no real activity reaches.
 */
public final class ActivityServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger log = LoggerFactory.getLogger(ActivityServlet.class);

  /** Far above any real activity: a submitted profile card is a few kilobytes. */
  static final int MAX_BODY_BYTES = 256 * 1024;

  private final transient InboundTokens tokens;
  private final transient TeamsBot bot;

  public ActivityServlet(InboundTokens tokens, TeamsBot bot) {
    this.tokens = tokens;
    this.bot = bot;
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String authorization = request.getHeader("Authorization");
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", "no bearer token");
      return;
    }
    if (request.getContentLengthLong() > MAX_BODY_BYTES) {
      refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "request too large", "");
      return;
    }
    byte[] bytes = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
    if (bytes.length > MAX_BODY_BYTES) {
      refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "request too large", "");
      return;
    }
    Optional<Activity> activity = Activity.parse(new String(bytes, StandardCharsets.UTF_8));
    if (activity.isEmpty()) {
      refuse(response, HttpServletResponse.SC_BAD_REQUEST, "invalid activity", "");
      return;
    }
    InboundTokens.Verdict verdict = tokens.check(authorization, activity.get().serviceUrl());
    if (verdict instanceof InboundTokens.Verdict.Refused refused) {
      refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", refused.reason());
      return;
    }
    answer(response, activity.get());
  }

  private void answer(HttpServletResponse response, Activity activity) throws IOException {
    Optional<InvokeAnswer> answer;
    try {
      answer = bot.handle(activity);
    } catch (RuntimeException e) {
      log.error("Failed to handle a Teams {} activity", activity.type(), e);
      write(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, error("something went wrong"));
      return;
    }
    if (answer.isPresent()) {
      write(response, HttpServletResponse.SC_OK, answer.get().body().toString());
    } else {
      response.setStatus(HttpServletResponse.SC_OK);
    }
  }

  /** One log line naming why, never the token or the body. */
  private static void refuse(HttpServletResponse response, int status, String error, String why)
      throws IOException {
    log.info(
        "Refused a Teams request: HTTP {}, {}{}", status, error, why.isEmpty() ? "" : ", " + why);
    write(response, status, error(error));
  }

  private static String error(String error) {
    return "{\"error\":\"" + error + "\"}";
  }

  private static void write(HttpServletResponse response, int status, String json)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(json);
  }
}
