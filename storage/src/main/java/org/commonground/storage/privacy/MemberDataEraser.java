package org.commonground.storage.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.commonground.storage.audit.AuditLog;
import org.commonground.storage.settings.NetworkAdmins;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;

/**
 * Deletes a member's data (UK GDPR's right to erasure) in one transaction: their profile, tags,
 * settings and free text, organisations only they ever used and nobody reviewed, and their Slack id
 * wherever records that others rely on keep a trace of them, which get {@link #PLACEHOLDER}
 * instead. Each step is listed in {@link #erase}; a table that gains rows about members gains a
 * step there and a section in {@link MemberDataExport}.
 *
 * <p>What the app put in Slack about them cannot be removed inside a database transaction, so the
 * same transaction hands it over as work to do ({@link Erased#slackCopyIds}): their introduction
 * card and exported files become due for removal, and this week's digests that still show them to
 * others become due to be redrawn without them.
 */
public final class MemberDataEraser {

  /** What replaces a deleted member's Slack id in records that stay. */
  public static final String PLACEHOLDER = "deleted-member";

  /**
   * What was deleted or anonymised, to tell the member.
   *
   * @param slackCopyIds the {@link org.commonground.storage.copies.SlackCopies} now due, to remove
   *     from Slack once this transaction has committed
   */
  public record Erased(
      boolean profile,
      int tags,
      int organisationsRemoved,
      int organisationsUnlinked,
      int auditEntriesAnonymised,
      List<Long> slackCopyIds) {

    public Erased {
      slackCopyIds = List.copyOf(slackCopyIds);
    }

    public boolean anything() {
      return profile
          || organisationsRemoved + organisationsUnlinked + auditEntriesAnonymised > 0
          || !slackCopyIds.isEmpty();
    }
  }

  private final Jdbi jdbi;
  private final Clock clock;

  public MemberDataEraser(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  public Erased erase(String userId) {
    Instant now = clock.instant();
    return jdbi.inTransaction(
        handle -> {
          // Each step binds the same three values, not all of which every statement uses.
          handle.getConfig(SqlStatements.class).setUnusedBindingAllowed(true);
          int tags =
              update(
                  handle,
                  "DELETE FROM member_tag WHERE member_id IN"
                      + " (SELECT id FROM member WHERE user_id = :id)",
                  userId);
          List<Long> copies = new ArrayList<>(digestsShowingThem(handle, userId, now));
          copies.addAll(releaseTheirCopies(handle, userId, now));
          forgetConversations(handle, userId);
          update(
              handle,
              "DELETE FROM consent_history WHERE member_id IN"
                  + " (SELECT id FROM member WHERE user_id = :id)",
              userId);
          forgetWarmIntroductions(handle, userId, now);
          forgetOutcomeStories(handle, userId);
          forgetSuggestions(handle, userId);
          // Rounds keep their pairs and deliveries, with this member's references set to NULL by
          // the foreign keys, so counts of past rounds stay right; declines go with the member.
          boolean profile = update(handle, "DELETE FROM member WHERE user_id = :id", userId) > 0;
          int removed = removeOrganisationsOnlyTheyUsed(handle, userId);
          int unlinked =
              update(
                  handle,
                  "UPDATE organisation SET created_by = NULL WHERE created_by = :id",
                  userId);
          update(
              handle,
              "UPDATE organisation_tenant SET created_by = NULL WHERE created_by = :id",
              userId);
          forgetAdminRole(handle, userId, now);
          int audit = anonymiseAudit(handle, userId);
          return new Erased(profile, tags, removed, unlinked, audit, copies);
        });
  }

  /**
   * The digests of the latest round in which others are still waiting on an introduction to them
   * (unanswered, or answered <i>Intro me</i> before they said yes): each becomes due to be redrawn
   * showing that this person has left. Run while the pairs still name them. A digest being posted
   * at this moment counts too: it was drawn before they left, and lands showing them.
   */
  private static List<Long> digestsShowingThem(Handle handle, String userId, Instant now) {
    List<Long> deliveries =
        handle
            .createQuery(
                """
                SELECT rm.id
                FROM member leaver
                JOIN round_pair p ON p.member_a = leaver.id OR p.member_b = leaver.id
                JOIN round_member rm ON rm.round_id = p.round_id
                    AND rm.member_id = CASE WHEN p.member_a = leaver.id THEN p.member_b
                                            ELSE p.member_a END
                WHERE leaver.user_id = :id
                  AND p.round_id = (SELECT id FROM round ORDER BY week_number DESC LIMIT 1)
                  AND p.introduced_at IS NULL
                  AND (rm.message_ts IS NOT NULL OR rm.status = 'SENDING')
                  AND (CASE WHEN p.member_a = leaver.id THEN p.b_answer ELSE p.a_answer END)
                      IS DISTINCT FROM 'NOT_FOR_ME'
                ORDER BY rm.id
                """)
            .bind("id", userId)
            .mapTo(Long.class)
            .list();
    List<Long> copies = new ArrayList<>();
    for (long delivery : deliveries) {
      copies.add(
          handle
              .createUpdate(
                  """
                  INSERT INTO slack_copy (kind, round_member_id, created_at, remove_after)
                  VALUES ('DIGEST', :delivery, :now, :now)
                  """)
              .bind("delivery", delivery)
              .bind("now", now)
              .executeAndReturnGeneratedKeys("id")
              .mapTo(Long.class)
              .one());
    }
    return copies;
  }

  /** Their introduction card and exported files: due now, and no longer naming them. */
  private static List<Long> releaseTheirCopies(Handle handle, String userId, Instant now) {
    List<Long> copies =
        handle
            .createQuery("SELECT id FROM slack_copy WHERE user_id = :id ORDER BY id")
            .bind("id", userId)
            .mapTo(Long.class)
            .list();
    handle
        .createUpdate(
            "UPDATE slack_copy SET user_id = NULL, remove_after = :now" + " WHERE user_id = :id")
        .bind("id", userId)
        .bind("now", now)
        .execute();
    return copies;
  }

  /**
   * The conversations the app had with them: their DM or Teams chat, group DMs with matches and
   * where each message sent to them landed.
   */
  private static void forgetConversations(Handle handle, String userId) {
    update(handle, "DELETE FROM sent_message WHERE user_id = :id", userId);
    update(handle, "DELETE FROM teams_user WHERE user_id = :id", userId);
    // An admin's console sessions hold their name: erasure signs them out everywhere.
    update(handle, "DELETE FROM console_session WHERE user_id = :id", userId);
    String theirs = "(SELECT id FROM member WHERE user_id = :id)";
    update(
        handle,
        "UPDATE round_member SET dm_channel = NULL, message_ts = NULL, last_error = NULL"
            + " WHERE member_id IN "
            + theirs,
        userId);
    update(
        handle,
        "UPDATE round_pair SET group_channel = NULL WHERE member_a IN "
            + theirs
            + " OR member_b IN "
            + theirs,
        userId);
  }

  /**
   * A warm introduction's note is about the three people in it, so it goes when any of them leaves,
   * and so does the leaver's DM; the rest stays, with their reference set to NULL, so that the
   * others' answers and the suggester's weekly limit still hold. One still waiting for answers
   * lapses at once, so the cards that show the leaver to the others are redrawn as lapsed by the
   * next lapse run instead of offering them for days.
   */
  private static void forgetWarmIntroductions(Handle handle, String userId, Instant now) {
    String leaver = "(SELECT id FROM member WHERE user_id = :id)";
    handle
        .createUpdate(
            """
            UPDATE warm_intro SET note = NULL,
                a_channel = CASE WHEN member_a = LEAVER THEN NULL ELSE a_channel END,
                a_ts = CASE WHEN member_a = LEAVER THEN NULL ELSE a_ts END,
                b_channel = CASE WHEN member_b = LEAVER THEN NULL ELSE b_channel END,
                b_ts = CASE WHEN member_b = LEAVER THEN NULL ELSE b_ts END,
                expires_at = CASE WHEN outcome = 'PENDING' AND expires_at > :now THEN :now
                                  ELSE expires_at END
            WHERE suggested_by = LEAVER OR member_a = LEAVER OR member_b = LEAVER
            """
                .replace("LEAVER", leaver))
        .bind("id", userId)
        .bind("now", now)
        .execute();
  }

  /**
   * A "What came of it?" story is the member's own words, so it goes, with the sectors beside it;
   * the kind stays, by no one once the profile goes, so the network's counts stay right.
   */
  private static void forgetOutcomeStories(Handle handle, String userId) {
    update(
        handle,
        """
        UPDATE meeting_outcome SET story = NULL, shareable = FALSE, sector = NULL,
            other_sector = NULL
        WHERE member_id IN (SELECT id FROM member WHERE user_id = :id)
        """,
        userId);
  }

  /**
   * Their suggestions are their own words and go; a decision they made as an admin stays, by the
   * placeholder.
   */
  private static void forgetSuggestions(Handle handle, String userId) {
    update(handle, "DELETE FROM tag_suggestion WHERE suggested_by = :id", userId);
    update(
        handle,
        "UPDATE tag_suggestion SET decided_by = :placeholder WHERE decided_by = :id",
        userId);
  }

  /**
   * The console's settings keep who changed them only as the audit log does, and so lose the name
   * the same way. An admin added in the console is one by their id, which must go: they stop being
   * an admin (another admin can add them again), and the audit log says that erasure removed them.
   * Admins named in ADMIN_USER_IDS stay admins; that list is the operator's.
   */
  private static void forgetAdminRole(Handle handle, String userId, Instant now) {
    update(handle, "UPDATE network_setting SET updated_by = NULL WHERE updated_by = :id", userId);
    update(handle, "UPDATE programme_break SET created_by = NULL WHERE created_by = :id", userId);
    update(handle, "UPDATE network_admin SET added_by = NULL WHERE added_by = :id", userId);
    if (update(handle, "DELETE FROM network_admin WHERE user_id = :id", userId) > 0) {
      handle
          .attach(AuditLog.class)
          .record(
              now,
              PLACEHOLDER,
              "settings.admin.remove",
              NetworkAdmins.subject(PLACEHOLDER),
              null,
              null);
    }
  }

  /**
   * An organisation a member typed in, that no admin has reviewed and nobody else belongs to, is
   * their own free text (often their own small outfit), so it goes with them; others are shared.
   */
  private static int removeOrganisationsOnlyTheyUsed(Handle handle, String userId) {
    return update(
        handle,
        """
        DELETE FROM organisation
        WHERE created_by = :id AND NOT reviewed
          AND id NOT IN (SELECT organisation_id FROM member)
        """,
        userId);
  }

  /**
   * The audit trail of admin actions must stay complete, so entries naming the member keep their
   * place with the placeholder; the before and after values of entries about them may quote their
   * profile, so those are dropped.
   */
  private static int anonymiseAudit(Handle handle, String userId) {
    String mentions =
        " subject LIKE :pattern OR before_value LIKE :pattern OR after_value LIKE :pattern ";
    int entries =
        handle
            .createQuery("SELECT COUNT(*) FROM audit_log WHERE actor = :id OR" + mentions)
            .bind("id", userId)
            .bind("pattern", pattern(userId))
            .mapTo(Integer.class)
            .one();
    update(
        handle,
        "UPDATE audit_log SET before_value = NULL, after_value = NULL WHERE subject LIKE :pattern",
        userId);
    update(handle, "UPDATE audit_log SET actor = :placeholder WHERE actor = :id", userId);
    update(
        handle,
        """
        UPDATE audit_log SET
            subject = LEFT(REPLACE(subject, :id, :placeholder), 200),
            before_value = LEFT(REPLACE(before_value, :id, :placeholder), 8000),
            after_value = LEFT(REPLACE(after_value, :id, :placeholder), 8000)
        WHERE"""
            + mentions,
        userId);
    return entries;
  }

  private static int update(Handle handle, String sql, String userId) {
    return handle
        .createUpdate(sql)
        .bind("id", userId)
        .bind("pattern", pattern(userId))
        .bind("placeholder", PLACEHOLDER)
        .execute();
  }

  private static String pattern(String userId) {
    return "%" + userId + "%";
  }
}
