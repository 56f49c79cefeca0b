package org.commonground.storage.audit;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The append-only record of admin actions. */
@RegisterConstructorMapper(AuditEntry.class)
public interface AuditLog {

  @SqlUpdate(
      """
      INSERT INTO audit_log (at, actor, action, subject, before_value, after_value)
      VALUES (:at, :actor, :action, :subject, :beforeValue, :afterValue)
      """)
  void record(
      Instant at,
      String actor,
      String action,
      String subject,
      String beforeValue,
      String afterValue);

  @SqlQuery(
      """
      SELECT id, at, actor, action, subject, before_value, after_value
      FROM audit_log ORDER BY id DESC LIMIT :limit
      """)
  List<AuditEntry> latest(int limit);

  /** The latest entries whose action starts with {@code prefix}, such as {@code "tag."}. */
  @SqlQuery(
      """
      SELECT id, at, actor, action, subject, before_value, after_value
      FROM audit_log WHERE action LIKE :prefix || '%' ORDER BY id DESC LIMIT :limit
      """)
  List<AuditEntry> latestOf(String prefix, int limit);
}
