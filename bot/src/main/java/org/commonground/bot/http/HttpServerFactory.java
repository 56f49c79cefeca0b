package org.commonground.bot.http;

import com.slack.api.bolt.App;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.commonground.bot.metrics.AppMetrics;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * Builds the HTTP server: Slack's endpoint (unless Slack's requests come over Socket Mode), the
 * health check and the metrics, not yet started.
 */
public final class HttpServerFactory {

  public static final String SLACK_EVENTS_PATH = "/slack/events";
  public static final String HEALTH_PATH = "/healthz";
  public static final String METRICS_PATH = "/metrics";

  /** How long a stopping server lets requests in flight finish. */
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

  private HttpServerFactory() {}

  /**
   * An unstarted server on {@code port} (0 picks a free one).
   *
   * @param slackApp the app to serve at {@code /slack/events}, or empty to leave it out
   * @param health what {@code /healthz} checks
   */
  public static Server create(
      int port, Optional<App> slackApp, HealthChecks health, AppMetrics metrics) {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setPort(port);
    server.addConnector(connector);
    server.setHandler(new GracefulHandler(context(slackApp, health, metrics)));
    server.setStopTimeout(STOP_TIMEOUT.toMillis());
    return server;
  }

  private static ServletContextHandler context(
      Optional<App> slackApp, HealthChecks health, AppMetrics metrics) {
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    // Slack sends UTF-8 without always naming a charset; reading it as ISO-8859-1 would change
    // the bytes the signature was computed over.
    context.setDefaultRequestCharacterEncoding(StandardCharsets.UTF_8.name());
    context.setDefaultResponseCharacterEncoding(StandardCharsets.UTF_8.name());
    slackApp.ifPresent(
        app ->
            context.addServlet(
                new ServletHolder(new SlackEventsServlet(app, metrics)), SLACK_EVENTS_PATH));
    context.addServlet(new ServletHolder(new HealthServlet(health)), HEALTH_PATH);
    context.addServlet(new ServletHolder(new MetricsServlet(metrics)), METRICS_PATH);
    return context;
  }
}
