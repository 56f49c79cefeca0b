package org.commonground.bot.http;

import com.slack.api.bolt.App;
import com.sun.management.HotSpotDiagnosticMXBean;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServlet;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonground.bot.http.Routes.Route;
import org.commonground.bot.metrics.AppMetrics;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * Builds the HTTP server: Slack's endpoint (unless Slack's requests come over Socket Mode), Teams'
 * when Teams is on, the health check and the metrics, not yet started. Each path answers only its
 * own methods, every error is a short JSON body, and no response names the server's software.
 */
public final class HttpServerFactory {

  public static final String SLACK_EVENTS_PATH = "/slack/events";
  public static final String HEALTH_PATH = "/healthz";
  public static final String METRICS_PATH = "/metrics";
  public static final String TEAMS_PATH = "/api/messages";
  public static final String CONSOLE_PATH = "/admin";

  /** The largest upload the console takes: a CSV of thousands of organisations fits easily. */
  private static final long LARGEST_UPLOAD = 1024 * 1024;

  /** Jetty's own setting, which it otherwise works out through the JVM's JMX server. */
  private static final String REFERENCES_PER_CACHE_LINE =
      "org.eclipse.jetty.util.referencesPerCacheLine";

  /** How long a stopping server lets requests in flight finish. */
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

  private HttpServerFactory() {}

  /**
   * An unstarted server on {@code port} (0 picks a free one).
   *
   * @param slackApp the app to serve at {@code /slack/events}, or empty to leave it out
   * @param teams what serves the Bot Framework's activities at {@code /api/messages}, or empty
   * @param console the convenor's console at {@code /admin}, or empty when it is off
   * @param health what {@code /healthz} checks
   */
  public static Server create(
      int port,
      Optional<App> slackApp,
      Optional<HttpServlet> teams,
      Optional<HttpServlet> console,
      HealthChecks health,
      AppMetrics metrics) {
    tellJettyReferencesPerCacheLine();
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(anonymous()));
    connector.setPort(port);
    server.addConnector(connector);
    JsonErrors errors = new JsonErrors();
    server.setErrorHandler(errors);
    Routes routes = routes(slackApp, teams, console, health, metrics);
    routes.setHandler(context(routes, errors));
    server.setHandler(new GracefulHandler(routes));
    server.setStopTimeout(STOP_TIMEOUT.toMillis());
    return server;
  }

  /**
   * How many object references fit in a cache line, which Jetty pads its queues by: asked for it,
   * Jetty starts the JVM's whole JMX server (every platform MBean registered, about a tenth of a
   * second at start) to read one VM option that the diagnostic bean answers alone. An operator's
   * own {@code -D} setting is kept.
   */
  private static void tellJettyReferencesPerCacheLine() {
    if (System.getProperty(REFERENCES_PER_CACHE_LINE) != null) {
      return;
    }
    boolean compressed =
        Boolean.parseBoolean(
            ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                .getVMOption("UseCompressedOops")
                .getValue());
    int cacheLine = Integer.getInteger("org.eclipse.jetty.util.cacheLineBytes", 64);
    System.setProperty(
        REFERENCES_PER_CACHE_LINE, Integer.toString(cacheLine / (compressed ? 4 : 8)));
  }

  /** Responses that don't name the server's software and version. */
  private static HttpConfiguration anonymous() {
    HttpConfiguration config = new HttpConfiguration();
    config.setSendServerVersion(false);
    config.setSendXPoweredBy(false);
    return config;
  }

  private static Routes routes(
      Optional<App> slackApp,
      Optional<HttpServlet> teams,
      Optional<HttpServlet> console,
      HealthChecks health,
      AppMetrics metrics) {
    List<Route> routes = new ArrayList<>();
    console.ifPresent(servlet -> routes.add(Route.site(CONSOLE_PATH, servlet)));
    slackApp.ifPresent(
        app -> routes.add(Route.post(SLACK_EVENTS_PATH, new SlackEventsServlet(app, metrics))));
    teams.ifPresent(servlet -> routes.add(Route.post(TEAMS_PATH, servlet)));
    routes.add(Route.get(HEALTH_PATH, new HealthServlet(health)));
    routes.add(Route.get(METRICS_PATH, new MetricsServlet(metrics)));
    return new Routes(routes);
  }

  private static ServletContextHandler context(Routes routes, JsonErrors errors) {
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    // Slack sends UTF-8 without always naming a charset; reading it as ISO-8859-1 would change
    // the bytes the signature was computed over.
    context.setDefaultRequestCharacterEncoding(StandardCharsets.UTF_8.name());
    context.setDefaultResponseCharacterEncoding(StandardCharsets.UTF_8.name());
    context.setErrorHandler(errors);
    for (Route route : routes.all()) {
      ServletHolder holder = new ServletHolder(route.servlet());
      if (route.withSubpaths()) {
        // Uploads are held in memory: a file of at most a megabyte needs no disk.
        holder
            .getRegistration()
            .setMultipartConfig(
                new MultipartConfigElement(
                    "", LARGEST_UPLOAD, LARGEST_UPLOAD, (int) LARGEST_UPLOAD));
      }
      context.addServlet(holder, route.mapping());
    }
    return context;
  }
}
