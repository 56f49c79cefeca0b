package org.commonground.bot.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /healthz}: 200 once Slack has accepted the bot token and while the database answers,
 * 503 naming what is wrong otherwise.
 */
final class HealthServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private final transient HealthChecks checks;

  HealthServlet(HealthChecks checks) {
    this.checks = checks;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String status = status();
    response.setStatus(
        status.equals("ok")
            ? HttpServletResponse.SC_OK
            : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setContentType("application/json");
    response.getWriter().write("{\"status\":\"" + status + "\"}");
  }

  private String status() {
    if (!checks.slackTokenAccepted().getAsBoolean()) {
      return "waiting for Slack to accept the bot token";
    }
    return checks.databaseReachable().getAsBoolean() ? "ok" : "database unreachable";
  }
}
