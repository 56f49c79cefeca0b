package org.commonground.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.core.statement.StatementExceptions.MessageRendering;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * The application's database: a connection pool, the schema brought up to date by Flyway, and the
 * Jdbi instance the repositories are attached to.
 */
public final class Database implements AutoCloseable {

  private static final int HEALTH_CHECK_TIMEOUT_SECONDS = 2;

  private final HikariDataSource dataSource;
  private final boolean postgres;
  private Jdbi jdbi;

  private Database(HikariDataSource dataSource, boolean postgres) {
    this.dataSource = dataSource;
    this.postgres = postgres;
  }

  /** Opens the pool and applies any pending migrations. */
  public static Database open(DatabaseSettings settings) {
    Database database = connect(settings);
    try {
      database.migrate();
      return database;
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  /**
   * The pool, not yet opened: the first connection anyone asks for opens it (and fails if the
   * database cannot be reached), and the schema is left as it is until {@link #migrate()}. What
   * needs no table can be built meanwhile.
   */
  public static Database connect(DatabaseSettings settings) {
    HikariDataSource dataSource = new HikariDataSource();
    poolConfig(settings).copyStateTo(dataSource);
    return new Database(dataSource, settings.isPostgres());
  }

  private static HikariConfig poolConfig(DatabaseSettings settings) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(settings.url());
    config.setUsername(emptyToNull(settings.user()));
    config.setPassword(emptyToNull(settings.password()));
    config.setMaximumPoolSize(settings.maximumPoolSize());
    config.setPoolName("commonground");
    if (!settings.isPostgres()) {
      // H2 closes its databases from a shutdown hook of its own, which on SIGTERM runs alongside
      // the app's: work still finishing would find the database gone. The pool closes it instead.
      config.addDataSourceProperty("DB_CLOSE_ON_EXIT", "FALSE");
    }
    return config;
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  /**
   * Brings the schema up to date. Most migrations serve both databases; the few that cannot
   * (triggers: PL/pgSQL on PostgreSQL, a Java class on H2) sit in a folder per database.
   */
  public void migrate() {
    Flyway.configure()
        .dataSource(dataSource)
        .locations(
            "classpath:db/migration", "classpath:db/vendor/" + (postgres ? "postgresql" : "h2"))
        .load()
        .migrate();
  }

  /**
   * The Jdbi instance, made on first use rather than with the pool: making it takes a tenth of a
   * second of a cold start, which a migration started at once need not wait for.
   */
  public synchronized Jdbi jdbi() {
    if (jdbi == null) {
      jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
      // Jdbi's default error message lists the values bound to the failed statement, which are
      // often what a member typed; errors are logged, and logs are no place for profile text.
      jdbi.getConfig(StatementExceptions.class).setMessageRendering(MessageRendering.NONE);
    }
    return jdbi;
  }

  public boolean isPostgres() {
    return postgres;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** True when a connection can be had and answers within a couple of seconds. */
  public boolean isReachable() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(HEALTH_CHECK_TIMEOUT_SECONDS);
    } catch (SQLException e) {
      return false;
    }
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
