package org.commonground.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A consistent copy of the embedded H2 database as a zip file, taken with H2's own {@code BACKUP}
 * statement. Restoring is unzipping it where {@code DATABASE_URL} points.
 */
public final class EmbeddedBackup {

  /** H2's code for a database file that another process has open. */
  public static final int IN_USE = 90020;

  /** H2's code for a database that does not exist (and is not created, as asked). */
  public static final int NOT_FOUND = 90146;

  private EmbeddedBackup() {}

  /**
   * Writes the backup of the H2 database described by {@code settings} to {@code zip}. Fails with
   * {@link #IN_USE} while a running app holds the file, and with {@link #NOT_FOUND} rather than
   * back up a new, empty database when there is none.
   */
  public static void write(DatabaseSettings settings, Path zip) throws SQLException {
    if (settings.isPostgres()) {
      throw new IllegalArgumentException("PostgreSQL is backed up with its own tools");
    }
    try (Connection connection =
            DriverManager.getConnection(
                settings.url() + ";IFEXISTS=TRUE", settings.user(), settings.password());
        PreparedStatement backup = connection.prepareStatement("BACKUP TO ?")) {
      backup.setString(1, zip.toAbsolutePath().toString());
      backup.execute();
    }
  }
}
