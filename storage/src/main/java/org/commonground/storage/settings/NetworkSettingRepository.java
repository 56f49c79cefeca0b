package org.commonground.storage.settings;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** One row per setting an admin saved, its value as text. */
interface NetworkSettingRepository {

  @SqlQuery("SELECT saved_value FROM network_setting WHERE name = :name")
  Optional<String> find(String name);

  /** The value, locked until the transaction ends, so that its audit entry says what it was. */
  @SqlQuery("SELECT saved_value FROM network_setting WHERE name = :name FOR UPDATE")
  Optional<String> lock(String name);

  /**
   * @return 1 if this added the row, 0 if it was there already (a racing save included)
   */
  @SqlUpdate(
      """
      INSERT INTO network_setting (name, saved_value, updated_at, updated_by)
      VALUES (:name, :value, :at, :by)
      ON CONFLICT DO NOTHING
      """)
  int insertIfAbsent(String name, String value, Instant at, String by);

  @SqlUpdate(
      """
      UPDATE network_setting SET saved_value = :value, updated_at = :at, updated_by = :by
      WHERE name = :name
      """)
  int update(String name, String value, Instant at, String by);
}
