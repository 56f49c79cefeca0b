package org.commonground.storage.console;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.commonground.storage.audit.AuditLog;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * The console's sign-ins under way and its sessions, in the database so that every replica shares
 * them. Sessions are found by a hash of the cookie's value, never by the value itself.
 */
public final class ConsoleSessions {

  private final Jdbi jdbi;

  public ConsoleSessions(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Remembers a sign-in sent to {@code platform}, until its answer comes back or it lapses. */
  public void startSignIn(String state, String nonce, String platform, Instant at) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(
                    "INSERT INTO console_sign_in (state, nonce, platform, created_at)"
                        + " VALUES (:state, :nonce, :platform, :at)")
                .bind("state", state)
                .bind("nonce", nonce)
                .bind("platform", platform)
                .bind("at", at)
                .execute());
  }

  /**
   * The nonce of the sign-in {@code state} names, if it was started on {@code platform} after
   * {@code startedAfter}; it is forgotten either way, so an answer is taken once.
   */
  public Optional<String> finishSignIn(String state, String platform, Instant startedAfter) {
    return jdbi.inTransaction(
        handle -> {
          Optional<String> nonce =
              handle
                  .createQuery(
                      "SELECT nonce FROM console_sign_in WHERE state = :state"
                          + " AND platform = :platform AND created_at > :after")
                  .bind("state", state)
                  .bind("platform", platform)
                  .bind("after", startedAfter)
                  .mapTo(String.class)
                  .findOne();
          int deleted =
              handle
                  .createUpdate("DELETE FROM console_sign_in WHERE state = :state")
                  .bind("state", state)
                  .execute();
          // Two answers racing with one state: only the one that deleted the row may sign in.
          return deleted == 1 ? nonce : Optional.empty();
        });
  }

  /**
   * Opens a session, recorded in the audit log as the admin's sign-in: who and with which platform,
   * not their name, which erasure could not find there.
   */
  public void open(String tokenHash, ConsoleSession session) {
    jdbi.useTransaction(
        handle -> {
          handle
              .createUpdate(
                  "INSERT INTO console_session (token_hash, user_id, platform, display_name,"
                      + " csrf_token, created_at, last_seen_at, expires_at) VALUES (:hash,"
                      + " :userId, :platform, :displayName, :csrfToken, :createdAt,"
                      + " :lastSeenAt, :expiresAt)")
              .bind("hash", tokenHash)
              .bindMethods(session)
              .execute();
          handle
              .attach(AuditLog.class)
              .record(
                  session.createdAt(),
                  session.userId(),
                  "console.sign_in",
                  session.platform(),
                  null,
                  null);
        });
  }

  /**
   * The session {@code tokenHash} names if it is neither past its end nor idle for longer than
   * {@code idleLimit} at {@code now}; finding it counts as activity.
   */
  public Optional<ConsoleSession> find(String tokenHash, Instant now, Duration idleLimit) {
    return jdbi.inTransaction(
        handle -> {
          Optional<ConsoleSession> session =
              handle
                  .createQuery(
                      "SELECT user_id, platform, display_name, csrf_token, created_at,"
                          + " last_seen_at, expires_at FROM console_session"
                          + " WHERE token_hash = :hash AND expires_at > :now"
                          + " AND last_seen_at > :idleSince")
                  .bind("hash", tokenHash)
                  .bind("now", now)
                  .bind("idleSince", now.minus(idleLimit))
                  .map(ConstructorMapper.of(ConsoleSession.class))
                  .findOne();
          session.ifPresent(
              found ->
                  handle
                      .createUpdate(
                          "UPDATE console_session SET last_seen_at = :now WHERE token_hash = :hash")
                      .bind("now", now)
                      .bind("hash", tokenHash)
                      .execute());
          return session;
        });
  }

  public void close(String tokenHash) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate("DELETE FROM console_session WHERE token_hash = :hash")
                .bind("hash", tokenHash)
                .execute());
  }

  /** Ends every session of {@code userId}, such as an admin who is an admin no longer. */
  public int closeAllOf(String userId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createUpdate("DELETE FROM console_session WHERE user_id = :userId")
                .bind("userId", userId)
                .execute());
  }

  /**
   * Forgets sessions ended or idle at {@code now}, and sign-ins started before {@code
   * signInsBefore}; returns how many rows went.
   */
  public int prune(Instant now, Duration idleLimit, Instant signInsBefore) {
    return jdbi.inTransaction(
        handle ->
            handle
                    .createUpdate(
                        "DELETE FROM console_session WHERE expires_at <= :now"
                            + " OR last_seen_at <= :idleSince")
                    .bind("now", now)
                    .bind("idleSince", now.minus(idleLimit))
                    .execute()
                + handle
                    .createUpdate("DELETE FROM console_sign_in WHERE created_at < :before")
                    .bind("before", signInsBefore)
                    .execute());
  }
}
