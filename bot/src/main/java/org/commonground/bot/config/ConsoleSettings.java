package org.commonground.bot.config;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How the convenor's console is reached and how admins sign in to it, read when any of its
 * variables is set.
 *
 * @param baseUrl the console's public address without a trailing slash, such as {@code
 *     https://commonground.example.org}: Slack sends signed-in admins back to it
 * @param slackClientId the Slack app's Client ID, for Sign in with Slack
 * @param slackClientSecret the Slack app's Client Secret
 */
public record ConsoleSettings(URI baseUrl, String slackClientId, String slackClientSecret) {

  /** Whether the session cookie may travel only over TLS: everywhere but a test on loopback. */
  public boolean secure() {
    return "https".equals(baseUrl.getScheme());
  }

  static Optional<ConsoleSettings> read(EnvironmentReader read) {
    Optional<String> base = read.optionalText(EnvironmentVariable.CONSOLE_BASE_URL);
    Optional<String> id = read.optionalText(EnvironmentVariable.SLACK_CLIENT_ID);
    Optional<String> secret = read.optionalText(EnvironmentVariable.SLACK_CLIENT_SECRET);
    if (Stream.of(base, id, secret).allMatch(Optional::isEmpty)) {
      return Optional.empty();
    }
    List<String> missing =
        Stream.of(
                base.isEmpty() ? EnvironmentVariable.CONSOLE_BASE_URL : null,
                id.isEmpty() ? EnvironmentVariable.SLACK_CLIENT_ID : null,
                secret.isEmpty() ? EnvironmentVariable.SLACK_CLIENT_SECRET : null)
            .filter(variable -> variable != null)
            .map(Enum::name)
            .toList();
    if (!missing.isEmpty()) {
      throw new SettingsException(
          "The console needs "
              + String.join(" and ", missing)
              + " as well: copy the Client ID and Client Secret from your app's Basic Information"
              + " page at api.slack.com/apps, and give the console's public https address");
    }
    return Optional.of(new ConsoleSettings(baseUrl(base.get()), id.get(), secret.get()));
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
