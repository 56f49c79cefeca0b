package org.commonground.storage.revisions;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.Trigger;
import org.h2.engine.Session;
import org.h2.jdbc.JdbcConnection;

/**
 * H2's half of migration V10: after each statement that changes a watched table, adds one to that
 * table's row in {@code data_revision}, in the same transaction. PostgreSQL does the same in
 * PL/pgSQL.
 */
public final class RevisionTrigger implements Trigger {

  private String table;

  @Override
  public void init(
      Connection connection,
      String schemaName,
      String triggerName,
      String tableName,
      boolean before,
      int type) {
    this.table = tableName.toLowerCase(Locale.ROOT);
  }

  @Override
  public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
    // H2 commits each statement run in auto-commit mode, and refuses to commit inside a trigger.
    // Turning auto-commit off on the session itself (not through JDBC, which would commit) keeps
    // this update in the statement's transaction; the statement commits both when it ends.
    Session session = ((JdbcConnection) connection).getSession();
    boolean autoCommit = session.getAutoCommit();
    session.setAutoCommit(false);
    try (PreparedStatement bump =
        connection.prepareStatement(
            "UPDATE data_revision SET revision = revision + 1 WHERE table_name = ?")) {
      bump.setString(1, table);
      bump.executeUpdate();
    } finally {
      session.setAutoCommit(autoCommit);
    }
  }
}
