package org.commonground.storage.testing;

import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Searches every text column of every table in the schema, found through INFORMATION_SCHEMA, so
 * that a check such as "nothing still holds this member's Slack id" covers tables added later.
 */
public final class EveryTextColumn {

  /** One text column of one table. */
  public record Column(String tableName, String columnName) {
    @Override
    public String toString() {
      return tableName + "." + columnName;
    }
  }

  private EveryTextColumn() {}

  public static List<Column> all(Jdbi jdbi) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    """
                    SELECT table_name, column_name FROM information_schema.columns
                    WHERE table_schema = CURRENT_SCHEMA
                      AND LOWER(data_type) IN
                          ('character varying', 'character', 'text', 'character large object')
                    ORDER BY table_name, column_name
                    """)
                .map(
                    (rs, ctx) ->
                        new Column(rs.getString("table_name"), rs.getString("column_name")))
                .list());
  }

  /** The {@code table.column} names of the cells that contain {@code needle}. */
  public static List<String> containing(Jdbi jdbi, String needle) {
    return all(jdbi).stream()
        .filter(column -> holds(jdbi, column, needle))
        .map(Column::toString)
        .toList();
  }

  private static boolean holds(Jdbi jdbi, Column column, String needle) {
    // Names come from the database's own catalogue, not from input.
    String sql =
        "SELECT COUNT(*) FROM \""
            + column.tableName()
            + "\" WHERE \""
            + column.columnName()
            + "\" LIKE :pattern";
    int rows =
        jdbi.withHandle(
            handle ->
                handle
                    .createQuery(sql)
                    .bind("pattern", "%" + needle + "%")
                    .mapTo(Integer.class)
                    .one());
    return rows > 0;
  }
}
