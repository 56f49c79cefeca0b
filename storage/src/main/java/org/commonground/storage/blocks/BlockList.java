package org.commonground.storage.blocks;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * Whom a member is never to be matched or introduced with: the people they said "Not for me" to,
 * the people they blocked and the organisations they blocked. Each method is one transaction.
 *
 * <p>A block works both ways (neither side is matched with the other) but only its owner can see
 * it, so nothing here is ever shown to the person or organisation blocked, and changes are not
 * written to the audit log that admins read.
 */
public final class BlockList {

  private static final String SEPARATIONS =
      """
      SELECT member_id, declined_member_id AS other_id FROM declined_pair
      UNION
      SELECT bp.member_id, m.id FROM blocked_person bp
      JOIN member m ON m.user_id = bp.blocked_user_id
      UNION
      SELECT bo.member_id, m.id FROM blocked_organisation bo
      JOIN member m ON m.organisation_id = bo.organisation_id
      """;

  /**
   * An SQL condition that holds when the members aliased {@code me} and {@code m} are not separated
   * in either direction, for queries elsewhere in storage that must respect block lists.
   */
  public static final String NOT_SEPARATED =
      """
      NOT EXISTS (SELECT 1 FROM declined_pair d
          WHERE (d.member_id = me.id AND d.declined_member_id = m.id)
             OR (d.member_id = m.id AND d.declined_member_id = me.id))
      AND NOT EXISTS (SELECT 1 FROM blocked_person bp
          WHERE (bp.member_id = me.id AND bp.blocked_user_id = m.user_id)
             OR (bp.member_id = m.id AND bp.blocked_user_id = me.user_id))
      AND NOT EXISTS (SELECT 1 FROM blocked_organisation bo
          WHERE (bo.member_id = me.id AND bo.organisation_id = m.organisation_id)
             OR (bo.member_id = m.id AND bo.organisation_id = me.organisation_id))
      """;

  private final Jdbi jdbi;
  private final Clock clock;

  public BlockList(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /** What one member has on their list, for them to see and undo. */
  public Entries of(long memberId) {
    return jdbi.inTransaction(h -> new Entries(people(h, memberId), organisations(h, memberId)));
  }

  /** Blocks someone by Slack user id, member or not yet; false if they were blocked already. */
  public boolean blockPerson(long memberId, String userId) {
    return insertIfAbsent("blocked_person", "blocked_user_id", memberId, userId);
  }

  /**
   * Takes someone off the list: both a block and an earlier "Not for me", so they can be matched
   * again. False if neither was there.
   */
  public boolean unblockPerson(long memberId, String userId) {
    return jdbi.inTransaction(
        h -> {
          int blocks =
              h.createUpdate(
                      "DELETE FROM blocked_person WHERE member_id = :member"
                          + " AND blocked_user_id = :user")
                  .bind("member", memberId)
                  .bind("user", userId)
                  .execute();
          int declines =
              h.createUpdate(
                      """
                      DELETE FROM declined_pair WHERE member_id = :member AND declined_member_id IN
                          (SELECT id FROM member WHERE user_id = :user)
                      """)
                  .bind("member", memberId)
                  .bind("user", userId)
                  .execute();
          return blocks + declines > 0;
        });
  }

  /** Blocks everyone in an organisation, now and later; false if it was blocked already. */
  public boolean blockOrganisation(long memberId, long organisationId) {
    return insertIfAbsent("blocked_organisation", "organisation_id", memberId, organisationId);
  }

  public boolean unblockOrganisation(long memberId, long organisationId) {
    return jdbi.inTransaction(
        h ->
            h.createUpdate(
                        "DELETE FROM blocked_organisation WHERE member_id = :member"
                            + " AND organisation_id = :organisation")
                    .bind("member", memberId)
                    .bind("organisation", organisationId)
                    .execute()
                > 0);
  }

  /** Whether either member has declined or blocked the other, or the other's organisation. */
  public boolean separated(long memberA, long memberB) {
    return jdbi.inTransaction(
        h ->
            h.createQuery(
                        "SELECT COUNT(*) FROM member me, member m WHERE me.id = :a AND m.id = :b"
                            + " AND NOT ("
                            + NOT_SEPARATED
                            + ")")
                    .bind("a", memberA)
                    .bind("b", memberB)
                    .mapTo(Long.class)
                    .one()
                > 0);
  }

  /** Every separation in the network, one direction each, for the weekly round. */
  public List<Separation> separations() {
    return jdbi.inTransaction(
        h ->
            h.createQuery(SEPARATIONS)
                .map((rs, ctx) -> new Separation(rs.getLong(1), rs.getLong(2)))
                .list());
  }

  /** One row of a block list; a block that is already there (even from a racing click) is kept. */
  private boolean insertIfAbsent(String table, String column, long memberId, Object blocked) {
    Instant at = clock.instant();
    return jdbi.inTransaction(
        h ->
            h.createUpdate(
                        "INSERT INTO "
                            + table
                            + " (member_id, "
                            + column
                            + ", blocked_at) VALUES (:member, :blocked, :at) ON CONFLICT DO NOTHING")
                    .bind("member", memberId)
                    .bind("blocked", blocked)
                    .bind("at", at)
                    .execute()
                > 0);
  }

  private static List<BlockedPerson> people(Handle h, long memberId) {
    return h.createQuery(
            """
            SELECT blocked_user_id AS user_id, 'BLOCKED' AS reason, blocked_at AS since
            FROM blocked_person WHERE member_id = :member
            UNION ALL
            SELECT other.user_id, 'NOT_FOR_ME', d.declined_at FROM declined_pair d
            JOIN member other ON other.id = d.declined_member_id
            WHERE d.member_id = :member AND NOT EXISTS (
                SELECT 1 FROM blocked_person bp
                WHERE bp.member_id = :member AND bp.blocked_user_id = other.user_id)
            ORDER BY since DESC, user_id
            """)
        .bind("member", memberId)
        .registerRowMapper(ConstructorMapper.factory(BlockedPerson.class))
        .mapTo(BlockedPerson.class)
        .list();
  }

  private static List<BlockedOrganisation> organisations(Handle h, long memberId) {
    return h.createQuery(
            """
            SELECT o.id AS organisation_id, o.name, b.blocked_at AS since
            FROM blocked_organisation b JOIN organisation o ON o.id = b.organisation_id
            WHERE b.member_id = :member ORDER BY o.name_key
            """)
        .bind("member", memberId)
        .registerRowMapper(ConstructorMapper.factory(BlockedOrganisation.class))
        .mapTo(BlockedOrganisation.class)
        .list();
  }

  /** Why someone is on a member's list. */
  public enum Reason {
    /** The member answered "Not for me" to them in a digest. */
    NOT_FOR_ME,
    /** The member blocked them from App Home. */
    BLOCKED
  }

  /** Someone on the list, by Slack user id, newest first. */
  public record BlockedPerson(String userId, Reason reason, Instant since) {}

  public record BlockedOrganisation(long organisationId, String name, Instant since) {}

  public record Entries(List<BlockedPerson> people, List<BlockedOrganisation> organisations) {}

  /**
   * {@code memberId} has declined or blocked {@code otherId}, or {@code otherId}'s organisation.
   */
  public record Separation(long memberId, long otherId) {}
}
