package org.commonground.bot.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.BooleanSupplier;

/** {@code GET /healthz}: 200 while the database answers, 503 when it does not. */
final class HealthServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private final transient BooleanSupplier databaseReachable;

  HealthServlet(BooleanSupplier databaseReachable) {
    this.databaseReachable = databaseReachable;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean healthy = databaseReachable.getAsBoolean();
    response.setStatus(
        healthy ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setContentType("application/json");
    response
        .getWriter()
        .write(healthy ? "{\"status\":\"ok\"}" : "{\"status\":\"database unreachable\"}");
  }
}
