package org.commonground.storage.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.commonground.storage.Database;
import org.commonground.storage.DatabaseSettings;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A freshly migrated database for each test: an in-memory H2, or a throw-away schema in the
 * PostgreSQL named by {@value #POSTGRES_URL_VARIABLE}. PostgreSQL tests are skipped, with a message
 * saying how to run them, when that variable is not set.
 */
public final class TestDatabase implements BeforeEachCallback, AfterEachCallback {

  public static final String POSTGRES_URL_VARIABLE = "COMMONGROUND_TEST_POSTGRES_URL";

  private final boolean postgres;
  private Database database;
  private String schema;

  private TestDatabase(boolean postgres) {
    this.postgres = postgres;
  }

  public static TestDatabase h2() {
    return new TestDatabase(false);
  }

  public static TestDatabase postgres() {
    return new TestDatabase(true);
  }

  /** The settings of the database a test gets, for code that opens its own {@link Database}. */
  public DatabaseSettings settings() {
    if (!postgres) {
      return new DatabaseSettings(DatabaseSettings.h2MemoryUrl(schema), "", "", 4);
    }
    String url = System.getenv(POSTGRES_URL_VARIABLE);
    String separator = url.contains("?") ? "&" : "?";
    return new DatabaseSettings(url + separator + "currentSchema=" + schema, "", "", 4);
  }

  public Database database() {
    return database;
  }

  @Override
  public void beforeEach(ExtensionContext context) throws SQLException {
    schema = "t_" + UUID.randomUUID().toString().replace("-", "");
    if (postgres) {
      Assumptions.assumeTrue(
          System.getenv(POSTGRES_URL_VARIABLE) != null,
          "PostgreSQL tests skipped: set "
              + POSTGRES_URL_VARIABLE
              + "=jdbc:postgresql://127.0.0.1:5432/test?user=postgres to run them");
      execute("CREATE SCHEMA " + schema);
    }
    database = Database.open(settings());
  }

  @Override
  public void afterEach(ExtensionContext context) throws SQLException {
    if (database == null) {
      return;
    }
    database.close();
    database = null;
    if (postgres) {
      execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  private static void execute(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(System.getenv(POSTGRES_URL_VARIABLE));
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
