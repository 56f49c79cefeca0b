package org.commonground.bot.config;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How the convenor's console is reached and how admins sign in to it, read when any of its
 * variables is set. In Teams admins sign in with Microsoft through the bot's own app registration,
 * so only Slack needs credentials of its own.
 *
 * @param baseUrl the console's public address without a trailing slash, such as {@code
 *     https://commonground.example.org}: the platform sends signed-in admins back to it
 * @param slackClient the Slack app's Client ID and Client Secret, for Sign in with Slack
 */
public record ConsoleSettings(URI baseUrl, Optional<SlackClient> slackClient) {

  /** The Slack app's OAuth credentials, from its Basic Information page. */
  public record SlackClient(String id, String secret) {}

  /** Whether cookies may travel only over TLS: everywhere but a trial on this machine. */
  public boolean secure() {
    return "https".equals(baseUrl.getScheme());
  }

  /**
   * @param teamsOn whether Teams is on, whose admins can sign in without Slack's credentials
   */
  static Optional<ConsoleSettings> read(EnvironmentReader read, boolean teamsOn) {
    Optional<String> base = read.optionalText(EnvironmentVariable.CONSOLE_BASE_URL);
    Optional<String> id = read.optionalText(EnvironmentVariable.SLACK_CLIENT_ID);
    Optional<String> secret = read.optionalText(EnvironmentVariable.SLACK_CLIENT_SECRET);
    if (Stream.of(base, id, secret).allMatch(Optional::isEmpty)) {
      return Optional.empty();
    }
    // Slack's credentials come as a pair, and only Teams can do without them.
    boolean slackNeeded = id.isPresent() || secret.isPresent() || !teamsOn;
    List<String> missing = new ArrayList<>();
    if (base.isEmpty()) {
      missing.add(EnvironmentVariable.CONSOLE_BASE_URL.name());
    }
    if (slackNeeded && id.isEmpty()) {
      missing.add(EnvironmentVariable.SLACK_CLIENT_ID.name());
    }
    if (slackNeeded && secret.isEmpty()) {
      missing.add(EnvironmentVariable.SLACK_CLIENT_SECRET.name());
    }
    if (!missing.isEmpty()) {
      throw new SettingsException(
          "The console needs "
              + String.join(" and ", missing)
              + " as well: give the console's public https address, and copy the Client ID and"
              + " Client Secret from your Slack app's Basic Information page at api.slack.com/apps");
    }
    return Optional.of(
        new ConsoleSettings(
            baseUrl(base.get()),
            id.map(clientId -> new SlackClient(clientId, secret.orElseThrow()))));
  }

  /**
   * Slack sends the admin back only to an https address, so plain http is refused except on this
   * machine, where a test or a trial runs it.
   */
  private static URI baseUrl(String value) {
    URI uri;
    try {
      uri = URI.create(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
    } catch (IllegalArgumentException e) {
      uri = null;
    }
    boolean loopback =
        uri != null
            && ("127.0.0.1".equals(uri.getHost()) || "localhost".equals(uri.getHost()))
            && "http".equals(uri.getScheme());
    if (uri == null
        || uri.getHost() == null
        || !("https".equals(uri.getScheme()) || loopback)
        || (uri.getPath() != null && !uri.getPath().isEmpty())
        || uri.getQuery() != null) {
      throw new SettingsException(
          "CONSOLE_BASE_URL '"
              + value
              + "' must be the https address the console is reached at, without a path, e.g."
              + " https://commonground.example.org");
    }
    return uri;
  }
}
