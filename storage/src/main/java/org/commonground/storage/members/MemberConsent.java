package org.commonground.storage.members;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * Members' agreement to the privacy notice: every agreement kept with its version and time, and who
 * is still to be asked to agree to the current version. Each method is one transaction.
 *
 * <p>The member row holds the version they last agreed to; the weekly round takes only members
 * whose version is the current one.
 */
public final class MemberConsent {

  private final Jdbi jdbi;
  private final Clock clock;

  public MemberConsent(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /** One agreement to one version of the notice. */
  public record Agreement(String noticeVersion, Instant agreedAt) {}

  /** A member who agreed to another version than the current one, to be asked once. */
  public record ToAsk(long memberId, String userId) {}

  /** The DM that asked a member to agree. */
  public record RequestMessage(String channel, String ts) {}

  /**
   * The member agrees to {@code version}; false if they have no profile or had agreed to it
   * already, in which case nothing changes.
   */
  public boolean agree(String userId, String version) {
    Instant now = clock.instant();
    return jdbi.inTransaction(
        handle -> {
          int changed =
              handle
                  .createUpdate(
                      """
                      UPDATE member SET consent_notice_version = :version, consented_at = :now,
                          last_active_at = :now, inactivity_warned_at = NULL
                      WHERE user_id = :user AND consent_notice_version <> :version
                      """)
                  .bind("version", version)
                  .bind("now", now)
                  .bind("user", userId)
                  .execute();
          if (changed == 0) {
            return false;
          }
          long memberId =
              handle
                  .createQuery("SELECT id FROM member WHERE user_id = :user")
                  .bind("user", userId)
                  .mapTo(Long.class)
                  .one();
          record(handle, memberId, version, now);
          return true;
        });
  }

  /** Every agreement the member gave, oldest first. */
  public List<Agreement> history(String userId) {
    return jdbi.inTransaction(
        handle ->
            handle
                .createQuery(
                    """
                    SELECT h.notice_version, h.agreed_at FROM consent_history h
                    JOIN member m ON m.id = h.member_id
                    WHERE m.user_id = :user ORDER BY h.agreed_at, h.id
                    """)
                .bind("user", userId)
                .registerRowMapper(ConstructorMapper.factory(Agreement.class))
                .mapTo(Agreement.class)
                .list());
  }

  /**
   * Up to {@code limit} active members who agreed to another version than {@code version} and have
   * not been asked to agree to it yet, in the order they joined.
   */
  public List<ToAsk> notYetAsked(String version, int limit) {
    return jdbi.inTransaction(
        handle ->
            handle
                .createQuery(
                    """
                    SELECT id AS member_id, user_id FROM member
                    WHERE NOT deactivated AND consent_notice_version <> :version
                      AND (consent_requested_version IS NULL
                           OR consent_requested_version <> :version)
                    ORDER BY id LIMIT :limit
                    """)
                .bind("version", version)
                .bind("limit", limit)
                .registerRowMapper(ConstructorMapper.factory(ToAsk.class))
                .mapTo(ToAsk.class)
                .list());
  }

  /**
   * Records that the member is being asked to agree to {@code version}; false when they were asked
   * already (by another replica, say) or have agreed meanwhile, so that each is asked once.
   */
  public boolean markAsked(long memberId, String version) {
    Instant now = clock.instant();
    return jdbi.inTransaction(
        handle ->
            handle
                    .createUpdate(
                        """
                        UPDATE member SET consent_requested_version = :version,
                            consent_requested_at = :now
                        WHERE id = :id AND consent_notice_version <> :version
                          AND (consent_requested_version IS NULL
                               OR consent_requested_version <> :version)
                        """)
                    .bind("version", version)
                    .bind("now", now)
                    .bind("id", memberId)
                    .execute()
                == 1);
  }

  /** Keeps the DM that asked the member, once Slack has said where it is. */
  public void recordRequestMessage(long memberId, String channel, String ts) {
    jdbi.useTransaction(
        handle ->
            handle
                .createUpdate(
                    "UPDATE member SET consent_request_channel = :channel, consent_request_ts = :ts"
                        + " WHERE id = :id")
                .bind("channel", channel)
                .bind("ts", ts)
                .bind("id", memberId)
                .execute());
  }

  /** The last DM that asked the member to agree, if the app sent one. */
  public Optional<RequestMessage> requestMessage(String userId) {
    return jdbi.inTransaction(
        handle ->
            handle
                .createQuery(
                    """
                    SELECT consent_request_channel AS channel, consent_request_ts AS ts
                    FROM member WHERE user_id = :user AND consent_request_ts IS NOT NULL
                    """)
                .bind("user", userId)
                .registerRowMapper(ConstructorMapper.factory(RequestMessage.class))
                .mapTo(RequestMessage.class)
                .findOne());
  }

  /** Keeps an agreement given with a saved profile, inside the transaction that saves it. */
  static void record(Handle handle, long memberId, String version, Instant at) {
    handle
        .createUpdate(
            "INSERT INTO consent_history (member_id, notice_version, agreed_at)"
                + " VALUES (:member, :version, :at)")
        .bind("member", memberId)
        .bind("version", version)
        .bind("at", at)
        .execute();
  }
}
