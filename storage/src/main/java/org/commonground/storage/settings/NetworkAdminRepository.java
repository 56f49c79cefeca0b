package org.commonground.storage.settings;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The admins added in the console. */
@RegisterConstructorMapper(NetworkAdmin.class)
interface NetworkAdminRepository {

  @SqlQuery("SELECT COUNT(*) FROM network_admin WHERE user_id = :userId")
  int count(String userId);

  @SqlQuery("SELECT user_id, added_by, added_at FROM network_admin ORDER BY added_at, user_id")
  List<NetworkAdmin> all();

  /**
   * @return 1 if this added them, 0 if they were there already (a racing add included)
   */
  @SqlUpdate(
      """
      INSERT INTO network_admin (user_id, added_by, added_at) VALUES (:userId, :addedBy, :addedAt)
      ON CONFLICT DO NOTHING
      """)
  int insertIfAbsent(String userId, String addedBy, Instant addedAt);

  @SqlUpdate("DELETE FROM network_admin WHERE user_id = :userId")
  int delete(String userId);
}
