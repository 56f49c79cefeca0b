package org.commonground.bot.schedule;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.jdbc.DefaultJdbcCustomization;
import com.github.kagkarlsson.scheduler.jdbc.JdbcCustomization;
import com.github.kagkarlsson.scheduler.jdbc.PostgreSqlJdbcCustomization;
import javax.sql.DataSource;
import org.commonground.storage.Database;

/**
 * The app's database as db-scheduler sees it, with db-scheduler's SQL dialect chosen from what the
 * app already knows. Left to itself, every scheduler and client db-scheduler builds opens a
 * connection to ask the database what it is: three at each start, and when the database cannot be
 * reached, three stack traces logged as errors before the app can say in one line what is wrong.
 * The dialects are the ones that asking would choose, keeping timestamps as the database's own.
 */
public final class SchedulerDatabase {
  private static final boolean PERSIST_TIMESTAMPS_IN_UTC = false;
  private static final boolean USE_GENERIC_LOCK_AND_FETCH = false;

  private final DataSource dataSource;
  private final JdbcCustomization dialect;

  private SchedulerDatabase(DataSource dataSource, JdbcCustomization dialect) {
    this.dataSource = dataSource;
    this.dialect = dialect;
  }

  public static SchedulerDatabase of(Database database) {
    JdbcCustomization dialect =
        database.isPostgres()
            ? new PostgreSqlJdbcCustomization(USE_GENERIC_LOCK_AND_FETCH, PERSIST_TIMESTAMPS_IN_UTC)
            : new DefaultJdbcCustomization(PERSIST_TIMESTAMPS_IN_UTC);
    return new SchedulerDatabase(database.dataSource(), dialect);
  }

  /** A client that reads and moves scheduled runs without running any. */
  public SchedulerClient client() {
    return SchedulerClient.Builder.create(dataSource).jdbcCustomization(dialect).build();
  }

  /** The start of a scheduler that runs tasks here. */
  SchedulerBuilder scheduler() {
    return Scheduler.create(dataSource).jdbcCustomization(dialect);
  }
}
