package org.commonground.bot.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.commonground.storage.DatabaseSettings;
import org.commonground.storage.testing.TestDatabase;

/**
 * The database a benchmark runs on, as in production: an H2 file (the default), or with {@code
 * -Dbench.database=postgres} a fresh schema in the PostgreSQL that {@code
 * COMMONGROUND_TEST_POSTGRES_URL} names, dropped afterwards.
 */
final class BenchDatabase implements AutoCloseable {

  private static final int POOL = 10;

  private final String postgresUrl;
  private final String schema;
  private final DatabaseSettings settings;

  private BenchDatabase(String postgresUrl, String schema, DatabaseSettings settings) {
    this.postgresUrl = postgresUrl;
    this.schema = schema;
    this.settings = settings;
  }

  static String kind() {
    return System.getProperty("bench.database", "h2");
  }

  static BenchDatabase create(Path folder) throws SQLException {
    if (!kind().equals("postgres")) {
      String url = DatabaseSettings.h2FileUrl(folder.resolve("commonground").toString());
      return new BenchDatabase(null, null, new DatabaseSettings(url, "", "", POOL));
    }
    String url = System.getenv(TestDatabase.POSTGRES_URL_VARIABLE);
    if (url == null) {
      throw new IllegalStateException(
          "set " + TestDatabase.POSTGRES_URL_VARIABLE + " to benchmark on PostgreSQL");
    }
    String schema = "bench_" + UUID.randomUUID().toString().replace("-", "");
    execute(url, "CREATE SCHEMA " + schema);
    String inSchema = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    return new BenchDatabase(url, schema, new DatabaseSettings(inSchema, "", "", POOL));
  }

  DatabaseSettings settings() {
    return settings;
  }

  @Override
  public void close() throws SQLException {
    if (postgresUrl != null) {
      execute(postgresUrl, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  private static void execute(String postgresUrl, String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(postgresUrl);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
