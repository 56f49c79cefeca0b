package org.commonground.storage.settings;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.commonground.storage.audit.AuditLog;
import org.jdbi.v3.core.Jdbi;

/**
 * The admins added in the convenor's console, each added or removed in one transaction with its
 * audit entry. {@link #isAdmin} reads one row by its key, so every admin check can ask the database
 * and a change applies on every replica at once.
 */
public final class NetworkAdmins {

  private final Jdbi jdbi;
  private final Clock clock;

  public NetworkAdmins(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  public boolean isAdmin(String userId) {
    return jdbi.withExtension(NetworkAdminRepository.class, admins -> admins.count(userId) > 0);
  }

  /** Everyone added, earliest first. */
  public List<NetworkAdmin> all() {
    return jdbi.withExtension(NetworkAdminRepository.class, NetworkAdminRepository::all);
  }

  /**
   * @return true if this adds them, false if they were an admin already (and nothing changed)
   */
  public boolean add(String actor, String userId) {
    Instant now = clock.instant();
    return jdbi.inTransaction(
        h -> {
          boolean added =
              h.attach(NetworkAdminRepository.class).insertIfAbsent(userId, actor, now) == 1;
          if (added) {
            h.attach(AuditLog.class)
                .record(now, actor, "settings.admin.add", subject(userId), null, null);
          }
          return added;
        });
  }

  /**
   * @return true if this removes them, false if they weren't added here (and nothing changed)
   */
  public boolean remove(String actor, String userId) {
    return jdbi.inTransaction(
        h -> {
          boolean removed = h.attach(NetworkAdminRepository.class).delete(userId) == 1;
          if (removed) {
            h.attach(AuditLog.class)
                .record(
                    clock.instant(), actor, "settings.admin.remove", subject(userId), null, null);
          }
          return removed;
        });
  }

  /** The audit entry's subject, which erasure rewrites along with the rest of the person's id. */
  public static String subject(String userId) {
    return "admin:" + userId;
  }
}
