package org.commonground.bot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.commonground.bot.config.Settings;

/**
 * How Slack's requests reach the Bolt app: posted by Slack to {@code /slack/events}, or read from a
 * Socket Mode connection the app opens itself, for development machines and networks that Slack
 * cannot reach. Either way the same app, with the same listeners and middleware, answers them.
 */
public interface SlackConnection {

  /** The app to serve at {@code /slack/events}, or empty when Slack's requests come another way. */
  Optional<App> servedOverHttp();

  /** Starts receiving Slack's requests; the HTTP server is already listening. */
  void open() throws Exception;

  /** Stops receiving Slack's requests. */
  void stop() throws Exception;

  /** Socket Mode when the settings carry an app-level token, HTTP otherwise. */
  static SlackConnection of(Settings settings, App app) {
    if (settings.slackAppToken().isEmpty()) {
      return new OverHttp(app);
    }
    // Java-WebSocket rather than the SDK's default Tyrus: one small jar instead of a bundle.
    SocketModeClient.Backend backend = SocketModeClient.Backend.JavaWebSocket;
    try {
      return new OverSocketMode(new SocketModeApp(settings.slackAppToken().get(), app, backend));
    } catch (IOException e) {
      // Declared by the constructor, which connects to nothing: the connection opens in open().
      throw new UncheckedIOException(e);
    }
  }

  /** Slack posts each request to {@code /slack/events}; the HTTP server does all the work. */
  record OverHttp(App app) implements SlackConnection {
    @Override
    public Optional<App> servedOverHttp() {
      return Optional.of(app);
    }

    @Override
    public void open() {}

    @Override
    public void stop() {}
  }

  /** The app opens a WebSocket to Slack (through {@code apps.connections.open}) and keeps it. */
  record OverSocketMode(SocketModeApp socketMode) implements SlackConnection {
    @Override
    public Optional<App> servedOverHttp() {
      return Optional.empty();
    }

    @Override
    public void open() throws Exception {
      socketMode.startAsync();
    }

    @Override
    public void stop() throws Exception {
      socketMode.close();
    }
  }
}
