package org.commonground.bot.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.commonground.storage.DatabaseSettings;

/**
 * {@code DATABASE_URL} as operators write it: a JDBC URL, or the {@code postgres://user:password@
 * host:port/database} form that hosting platforms (Heroku, Render, Fly.io and others) set, which is
 * turned into its JDBC equivalent with the user and password taken out. Anything else is refused
 * with an example, before a connection is tried; a password in the URL is never repeated in the
 * message.
 */
final class DatabaseUrl {

  private static final String EXAMPLES =
      "give jdbc:postgresql://HOST:5432/DATABASE, postgres://USER:PASSWORD@HOST:5432/DATABASE or"
          + " jdbc:h2:file:/PATH/TO/FILE";

  private DatabaseUrl() {}

  /**
   * @param user {@code DATABASE_USER}, which wins over a user in the URL; may be empty
   * @param password {@code DATABASE_PASSWORD}, likewise
   */
  static DatabaseSettings settings(String url, String user, String password, int poolSize) {
    if (url.startsWith("jdbc:")) {
      return new DatabaseSettings(url, user, password, poolSize);
    }
    URI uri = parsed(url);
    if (!"postgres".equals(uri.getScheme()) && !"postgresql".equals(uri.getScheme())) {
      throw new SettingsException(
          "DATABASE_URL '" + withoutPassword(url) + "' is not a database URL: " + EXAMPLES);
    }
    if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
      throw new SettingsException(
          "DATABASE_URL '" + withoutPassword(url) + "' names no host or no database: " + EXAMPLES);
    }
    String jdbc =
        "jdbc:postgresql://"
            + uri.getRawAuthority().substring(uri.getRawAuthority().lastIndexOf('@') + 1)
            + uri.getRawPath()
            + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    String[] credentials = credentials(uri);
    return new DatabaseSettings(
        jdbc,
        user.isEmpty() ? credentials[0] : user,
        password.isEmpty() ? credentials[1] : password,
        poolSize);
  }

  private static URI parsed(String url) {
    try {
      return new URI(url);
    } catch (URISyntaxException e) {
      throw new SettingsException(
          "DATABASE_URL '" + withoutPassword(url) + "' is not a database URL: " + EXAMPLES);
    }
  }

  /** The user and password in the URL, decoded; empty where absent. */
  private static String[] credentials(URI uri) {
    String info = uri.getRawUserInfo();
    if (info == null) {
      return new String[] {"", ""};
    }
    int colon = info.indexOf(':');
    return colon < 0
        ? new String[] {decoded(info), ""}
        : new String[] {decoded(info.substring(0, colon)), decoded(info.substring(colon + 1))};
  }

  private static String decoded(String part) {
    return URLDecoder.decode(part, StandardCharsets.UTF_8);
  }

  static String withoutPassword(String url) {
    return url.replaceFirst("://([^:@/]*):[^@/]*@", "://$1:***@");
  }
}
