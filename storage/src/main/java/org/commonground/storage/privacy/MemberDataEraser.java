package org.commonground.storage.privacy;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;

/**
 * Deletes a member's data (UK GDPR's right to erasure) in one transaction: their profile, tags,
 * settings and free text, organisations only they ever used and nobody reviewed, and their Slack id
 * wherever records that others rely on keep a trace of them, which get {@link #PLACEHOLDER}
 * instead. Each step is listed in {@link #erase}; a table that gains rows about members gains a
 * step there and a section in {@link MemberDataExport}.
 */
public final class MemberDataEraser {

  /** What replaces a deleted member's Slack id in records that stay. */
  public static final String PLACEHOLDER = "deleted-member";

  /** What was deleted or anonymised, to tell the member. */
  public record Erased(
      boolean profile,
      int tags,
      int organisationsRemoved,
      int organisationsUnlinked,
      int auditEntriesAnonymised) {

    public boolean anything() {
      return profile || organisationsRemoved + organisationsUnlinked + auditEntriesAnonymised > 0;
    }
  }

  private final Jdbi jdbi;

  public MemberDataEraser(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  public Erased erase(String slackUserId) {
    return jdbi.inTransaction(
        handle -> {
          // Each step binds the same three values, not all of which every statement uses.
          handle.getConfig(SqlStatements.class).setUnusedBindingAllowed(true);
          int tags =
              update(
                  handle,
                  "DELETE FROM member_tag WHERE member_id IN"
                      + " (SELECT id FROM member WHERE slack_user_id = :id)",
                  slackUserId);
          forgetConversations(handle, slackUserId);
          update(
              handle,
              "DELETE FROM consent_history WHERE member_id IN"
                  + " (SELECT id FROM member WHERE slack_user_id = :id)",
              slackUserId);
          forgetSuggestions(handle, slackUserId);
          // Rounds keep their pairs and deliveries, with this member's references set to NULL by
          // the foreign keys, so counts of past rounds stay right; declines go with the member.
          boolean profile =
              update(handle, "DELETE FROM member WHERE slack_user_id = :id", slackUserId) > 0;
          int removed = removeOrganisationsOnlyTheyUsed(handle, slackUserId);
          int unlinked =
              update(
                  handle,
                  "UPDATE organisation SET created_by = NULL WHERE created_by = :id",
                  slackUserId);
          int audit = anonymiseAudit(handle, slackUserId);
          return new Erased(profile, tags, removed, unlinked, audit);
        });
  }

  /** The Slack conversations the app had with them: their DM and group DMs with matches. */
  private static void forgetConversations(Handle handle, String slackUserId) {
    String theirs = "(SELECT id FROM member WHERE slack_user_id = :id)";
    update(
        handle,
        "UPDATE round_member SET dm_channel = NULL, message_ts = NULL, last_error = NULL"
            + " WHERE member_id IN "
            + theirs,
        slackUserId);
    update(
        handle,
        "UPDATE round_pair SET group_channel = NULL WHERE member_a IN "
            + theirs
            + " OR member_b IN "
            + theirs,
        slackUserId);
  }

  /**
   * Their suggestions are their own words and go; a decision they made as an admin stays, by the
   * placeholder.
   */
  private static void forgetSuggestions(Handle handle, String slackUserId) {
    update(handle, "DELETE FROM tag_suggestion WHERE suggested_by = :id", slackUserId);
    update(
        handle,
        "UPDATE tag_suggestion SET decided_by = :placeholder WHERE decided_by = :id",
        slackUserId);
  }

  /**
   * An organisation a member typed in, that no admin has reviewed and nobody else belongs to, is
   * their own free text (often their own small outfit), so it goes with them; others are shared.
   */
  private static int removeOrganisationsOnlyTheyUsed(Handle handle, String slackUserId) {
    return update(
        handle,
        """
        DELETE FROM organisation
        WHERE created_by = :id AND NOT reviewed
          AND id NOT IN (SELECT organisation_id FROM member)
        """,
        slackUserId);
  }

  /**
   * The audit trail of admin actions must stay complete, so entries naming the member keep their
   * place with the placeholder; the before and after values of entries about them may quote their
   * profile, so those are dropped.
   */
  private static int anonymiseAudit(Handle handle, String slackUserId) {
    String mentions =
        " subject LIKE :pattern OR before_value LIKE :pattern OR after_value LIKE :pattern ";
    int entries =
        handle
            .createQuery("SELECT COUNT(*) FROM audit_log WHERE actor = :id OR" + mentions)
            .bind("id", slackUserId)
            .bind("pattern", pattern(slackUserId))
            .mapTo(Integer.class)
            .one();
    update(
        handle,
        "UPDATE audit_log SET before_value = NULL, after_value = NULL WHERE subject LIKE :pattern",
        slackUserId);
    update(handle, "UPDATE audit_log SET actor = :placeholder WHERE actor = :id", slackUserId);
    update(
        handle,
        """
        UPDATE audit_log SET
            subject = LEFT(REPLACE(subject, :id, :placeholder), 200),
            before_value = LEFT(REPLACE(before_value, :id, :placeholder), 4000),
            after_value = LEFT(REPLACE(after_value, :id, :placeholder), 4000)
        WHERE"""
            + mentions,
        slackUserId);
    return entries;
  }

  private static int update(Handle handle, String sql, String slackUserId) {
    return handle
        .createUpdate(sql)
        .bind("id", slackUserId)
        .bind("pattern", pattern(slackUserId))
        .bind("placeholder", PLACEHOLDER)
        .execute();
  }

  private static String pattern(String slackUserId) {
    return "%" + slackUserId + "%";
  }
}
