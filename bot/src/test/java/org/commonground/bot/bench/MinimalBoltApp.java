package org.commonground.bot.bench;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import java.net.URI;
import java.util.Optional;
import org.commonground.bot.config.Settings;
import org.commonground.bot.http.HealthChecks;
import org.commonground.bot.http.HttpServerFactory;
import org.commonground.bot.metrics.AppMetrics;
import org.commonground.bot.slack.SlackClients;
import org.commonground.bot.testing.TestPaces;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The least a Bolt app can be, for comparison: Bolt's own middleware (request verification on) and
 * one slash command that only acknowledges, served by the same Jetty server as the real app.
 */
final class MinimalBoltApp {

  static final String COMMAND = "/ping";

  private final Slack slack;
  private final Server server;

  MinimalBoltApp(Settings settings) throws Exception {
    AppMetrics metrics = new AppMetrics();
    slack = SlackClients.slack(settings, metrics, TestPaces.slack());
    App app = new App(SlackClients.appConfig(settings, slack));
    app.command(COMMAND, (request, context) -> context.ack());
    server =
        HttpServerFactory.create(
            0,
            Optional.of(app),
            Optional.empty(),
            Optional.empty(),
            new HealthChecks(() -> true, () -> true),
            metrics);
    server.start();
  }

  URI uri() {
    int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    return URI.create("http://127.0.0.1:" + port + "/");
  }

  void stop() throws Exception {
    server.stop();
    slack.close();
  }
}
