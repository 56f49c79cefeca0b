package org.commonground.storage.events;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Remembers which Slack events have been handled, so that Slack's retries of one event cause its
 * side effects once, whichever replica receives them and across restarts.
 */
public final class ProcessedEvents {

  /** The SQL state both H2 and PostgreSQL report for a duplicate key. */
  private static final String UNIQUE_VIOLATION = "23505";

  private static final int TYPE_MAX = 40;

  private final Jdbi jdbi;
  private final Clock clock;

  public ProcessedEvents(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /**
   * Records the event as handled before its side effect runs; false when it already was, in which
   * case the caller does nothing.
   */
  public boolean claim(String eventId, String eventType) {
    String type = eventType.length() > TYPE_MAX ? eventType.substring(0, TYPE_MAX) : eventType;
    try {
      jdbi.useHandle(
          handle ->
              handle
                  .createUpdate(
                      "INSERT INTO processed_event (event_id, event_type, processed_at)"
                          + " VALUES (:id, :type, :at)")
                  .bind("id", eventId)
                  .bind("type", type)
                  .bind("at", clock.instant())
                  .execute());
      return true;
    } catch (UnableToExecuteStatementException e) {
      if (e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return false;
      }
      throw e;
    }
  }

  /** Forgets events handled before {@code cutoff}: Slack stops retrying within the hour. */
  public int forgetBefore(Instant cutoff) {
    return jdbi.withHandle(
        handle ->
            handle
                .createUpdate("DELETE FROM processed_event WHERE processed_at < :cutoff")
                .bind("cutoff", cutoff)
                .execute());
  }
}
