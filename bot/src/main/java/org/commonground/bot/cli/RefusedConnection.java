package org.commonground.bot.cli;

import java.sql.SQLException;
import java.util.List;
import org.commonground.bot.config.SettingsException;

/**
 * A database that refuses the app's connection (nothing listening, no such database, a wrong
 * password, an H2 file another process has open) is the operator's setting to fix, so {@code serve}
 * says so in one line, as it does for a wrong setting, instead of a migration's stack trace.
 */
final class RefusedConnection {

  /**
   * SQLSTATE classes of a refused connection: connection exception, invalid authorisation, invalid
   * catalogue (no such database).
   */
  private static final List<String> REFUSED_CLASSES = List.of("08", "28", "3D");

  /** H2's "database may be already in use": another process holds the file. */
  private static final String H2_FILE_IN_USE = "90020";

  private RefusedConnection() {}

  /**
   * The one-line explanation of {@code failure} if the database refused to connect, else {@code
   * failure} itself.
   */
  static Exception explained(Exception failure, String url) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && refused(sql.getSQLState())) {
        return new SettingsException(
            "could not connect to the database at "
                + withoutParameters(url)
                + ": "
                + sql.getMessage().lines().findFirst().orElse("")
                + " (check DATABASE_URL, DATABASE_USER and DATABASE_PASSWORD, and that the"
                + " database exists)");
      }
    }
    return failure;
  }

  private static boolean refused(String state) {
    return state != null
        && (state.equals(H2_FILE_IN_USE)
            || (state.length() >= 2 && REFUSED_CLASSES.contains(state.substring(0, 2))));
  }

  /** Parameters may hold a password, and H2's are the app's own long list. */
  private static String withoutParameters(String url) {
    int end = url.length();
    for (char separator : new char[] {'?', ';'}) {
      int at = url.indexOf(separator);
      if (at >= 0) {
        end = Math.min(end, at);
      }
    }
    return url.substring(0, end);
  }
}
