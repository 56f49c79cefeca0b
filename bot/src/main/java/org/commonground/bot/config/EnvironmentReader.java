package org.commonground.bot.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads typed values from environment variables, failing with a message that names the variable.
 */
final class EnvironmentReader {

  private final Map<String, String> env;

  EnvironmentReader(Map<String, String> env) {
    this.env = env;
  }

  private Optional<String> raw(EnvironmentVariable variable) {
    return Optional.ofNullable(env.get(variable.name()))
        .map(String::trim)
        .filter(v -> !v.isEmpty());
  }

  String text(EnvironmentVariable variable, String fallback) {
    return raw(variable).orElse(fallback);
  }

  Optional<String> optionalText(EnvironmentVariable variable) {
    return raw(variable);
  }

  /** A base URL, given a trailing slash so that paths can be added to it. */
  Optional<String> optionalUrl(EnvironmentVariable variable) {
    return raw(variable)
        .map(value -> requireHttpUrl(variable, value, "http://127.0.0.1:9999/api/"))
        .map(value -> value.endsWith("/") ? value : value + "/");
  }

  /** The address of a page, kept as typed. */
  Optional<String> optionalPage(EnvironmentVariable variable, String example) {
    return raw(variable).map(value -> requireHttpUrl(variable, value, example));
  }

  private static String requireHttpUrl(EnvironmentVariable variable, String value, String example) {
    try {
      URI uri = new URI(value);
      if (uri.getScheme() != null && uri.getScheme().startsWith("http") && uri.getHost() != null) {
        return value;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new SettingsException(
        variable.name() + " '" + value + "' is not an http(s) URL, e.g. " + example);
  }

  /** A port number; 0 asks for any free port. */
  int port(EnvironmentVariable variable, int fallback) {
    Optional<String> value = raw(variable);
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      int port = Integer.parseInt(value.get());
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new SettingsException(
        variable.name() + " '" + value.get() + "' must be a port number from 1 to 65535");
  }

  int positiveInt(EnvironmentVariable variable, int fallback) {
    return optionalPositiveInt(variable).orElse(fallback);
  }

  /** A whole number above zero, or empty when the variable is not set. */
  OptionalInt optionalPositiveInt(EnvironmentVariable variable) {
    Optional<String> value = raw(variable);
    if (value.isEmpty()) {
      return OptionalInt.empty();
    }
    try {
      int parsed = Integer.parseInt(value.get());
      if (parsed > 0) {
        return OptionalInt.of(parsed);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new SettingsException(
        variable.name() + " '" + value.get() + "' must be a whole number above zero");
  }

  /** Exactly {@code text} or {@code json}, the formats {@link LogConfigurator} knows. */
  LogFormat logFormat(EnvironmentVariable variable) {
    String value = raw(variable).orElse("text");
    return switch (value) {
      case "text" -> LogFormat.TEXT;
      case "json" -> LogFormat.JSON;
      default ->
          throw new SettingsException(
              variable.name() + " '" + value + "' must be text or json, in lower case");
    };
  }

  ZoneId zone(EnvironmentVariable variable, ZoneId fallback) {
    Optional<String> value = raw(variable);
    try {
      return value.map(ZoneId::of).orElse(fallback);
    } catch (DateTimeException e) {
      throw new SettingsException(
          variable.name() + " '" + value.get() + "' is not a time zone: use e.g. Europe/London");
    }
  }

  /** Slack user ids, and the Entra object ids of members on Teams. */
  Set<String> userIds(EnvironmentVariable variable) {
    Set<String> ids = Settings.splitIds(raw(variable).orElse(""));
    for (String id : ids) {
      if (!UserIds.isUserId(id)) {
        throw new SettingsException(
            variable.name()
                + " has '"
                + id
                + "', which is not a Slack user id or an Entra object id: "
                + UserIds.HOW
                + ", comma-separated");
      }
    }
    return ids;
  }

  List<String> list(EnvironmentVariable variable, List<String> fallback) {
    return raw(variable)
        .map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
        .filter(l -> !l.isEmpty())
        .orElse(fallback);
  }
}
