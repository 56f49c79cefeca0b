package org.commonground.bot.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.commonground.bot.metrics.AppMetrics;

/** {@code GET /metrics}: the app's metrics for Prometheus to scrape. */
final class MetricsServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

  private final transient AppMetrics metrics;

  MetricsServlet(AppMetrics metrics) {
    this.metrics = metrics;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(PROMETHEUS_TEXT);
    response.getWriter().write(metrics.scrape());
  }
}
