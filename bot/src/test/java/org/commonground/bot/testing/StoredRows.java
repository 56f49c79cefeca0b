package org.commonground.bot.testing;

import java.time.Instant;
import java.util.List;
import org.commonground.storage.audit.AuditEntry;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * Rows a test reads back to assert on, or writes where no feature of the app would, read and
 * written with plain SQL because no facade offers them.
 */
public final class StoredRows {

  private final Jdbi jdbi;

  public StoredRows(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  public int members() {
    return count("member");
  }

  public int organisations() {
    return count("organisation");
  }

  /** Declines of a partner, "Not for me" or a warm introduction's. */
  public int declines() {
    return count("declined_pair");
  }

  /** The latest audit entries, newest first. */
  public List<AuditEntry> audit(int limit) {
    return jdbi.withHandle(
        h ->
            h.registerRowMapper(ConstructorMapper.factory(AuditEntry.class))
                .createQuery(
                    """
                    SELECT id, at, actor, action, subject, before_value, after_value
                    FROM audit_log ORDER BY id DESC LIMIT :limit
                    """)
                .bind("limit", limit)
                .mapTo(AuditEntry.class)
                .list());
  }

  /** An audit entry about a member such as no feature records yet, for what privacy covers. */
  public void audit(Instant at, String actor, String action, String subject, String before) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    """
                    INSERT INTO audit_log (at, actor, action, subject, before_value, after_value)
                    VALUES (:at, :actor, :action, :subject, :before, NULL)
                    """)
                .bind("at", at)
                .bind("actor", actor)
                .bind("action", action)
                .bind("subject", subject)
                .bind("before", before)
                .execute());
  }

  private int count(String table) {
    return jdbi.withHandle(
        h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
  }
}
