package org.commonground.storage.privacy;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;

/**
 * Everything held about one member, section by section, for the download a member asks for (UK
 * GDPR's right of access). Each section is one query; a table that gains rows about members gains a
 * section here, and {@link MemberDataEraser} gains the matching step.
 */
public final class MemberDataExport {

  private static final Map<String, String> SECTIONS = new LinkedHashMap<>();

  static {
    SECTIONS.put(
        "profile",
        """
        SELECT m.user_id, m.slack_name, m.slack_title, o.name AS organisation, m.sector,
            m.role, m.place, m.working_on, m.share_in_channel, m.introduced_at, m.updated_at,
            m.last_active_at, m.deactivated
        FROM member m JOIN organisation o ON o.id = m.organisation_id
        WHERE m.user_id = :id
        """);
    SECTIONS.put(
        "settings",
        """
        SELECT matches_per_week, paused_until, auto_paused_week, inactivity_warned_at
        FROM member WHERE user_id = :id
        """);
    SECTIONS.put(
        "consent",
        """
        SELECT consent_notice_version, consented_at, consent_requested_version,
            consent_requested_at
        FROM member WHERE user_id = :id
        """);
    SECTIONS.put(
        "consent_history",
        """
        SELECT h.notice_version, h.agreed_at
        FROM consent_history h JOIN member m ON m.id = h.member_id
        WHERE m.user_id = :id ORDER BY h.agreed_at, h.id
        """);
    SECTIONS.put(
        "tags",
        """
        SELECT mt.kind, t.name, t.theme
        FROM member_tag mt JOIN member m ON m.id = mt.member_id JOIN tag t ON t.id = mt.tag_id
        WHERE m.user_id = :id
        ORDER BY mt.kind, t.name_key
        """);
    SECTIONS.put(
        "organisations_added",
        """
        SELECT name, sector, reviewed, created_at FROM organisation
        WHERE created_by = :id ORDER BY name_key
        """);
    SECTIONS.put(
        "matches",
        """
        SELECT r.week, other.user_id AS matched_with, p.introduced_at,
            CASE WHEN p.member_a = m.id THEN p.a_answer ELSE p.b_answer END AS your_answer
        FROM round_pair p
        JOIN round r ON r.id = p.round_id
        JOIN member m ON m.id = p.member_a OR m.id = p.member_b
        LEFT JOIN member other
            ON other.id = CASE WHEN p.member_a = m.id THEN p.member_b ELSE p.member_a END
        WHERE m.user_id = :id
        ORDER BY r.week_number, p.id
        """);
    SECTIONS.put(
        "warm_introductions",
        """
        SELECT w.suggested_at,
            CASE WHEN w.suggested_by = m.id THEN 'suggested by you' ELSE 'suggested to you' END
                AS your_part,
            s.user_id AS suggested_by, a.user_id AS person_a,
            b.user_id AS person_b, w.note,
            CASE WHEN w.member_a = m.id THEN w.a_answer
                 WHEN w.member_b = m.id THEN w.b_answer END AS your_answer,
            w.outcome, w.expires_at, p.introduced_at
        FROM warm_intro w
        JOIN member m ON m.id = w.suggested_by OR m.id = w.member_a OR m.id = w.member_b
        LEFT JOIN member s ON s.id = w.suggested_by
        LEFT JOIN member a ON a.id = w.member_a
        LEFT JOIN member b ON b.id = w.member_b
        LEFT JOIN round_pair p ON p.id = w.pair_id
        WHERE m.user_id = :id
        ORDER BY w.suggested_at, w.id
        """);
    SECTIONS.put(
        "weekly_digests",
        """
        SELECT r.week, rm.status, rm.unmatched_reason, rm.delivered_at
        FROM round_member rm JOIN round r ON r.id = rm.round_id JOIN member m ON m.id = rm.member_id
        WHERE m.user_id = :id
        ORDER BY r.week_number
        """);
    SECTIONS.put(
        "declined",
        """
        SELECT other.user_id AS declined, d.declined_at
        FROM declined_pair d
        JOIN member m ON m.id = d.member_id
        JOIN member other ON other.id = d.declined_member_id
        WHERE m.user_id = :id
        """);
    SECTIONS.put(
        "blocked_people",
        """
        SELECT b.blocked_user_id AS blocked, b.blocked_at
        FROM blocked_person b JOIN member m ON m.id = b.member_id
        WHERE m.user_id = :id ORDER BY b.blocked_at
        """);
    SECTIONS.put(
        "blocked_organisations",
        """
        SELECT o.name AS blocked, b.blocked_at
        FROM blocked_organisation b
        JOIN member m ON m.id = b.member_id
        JOIN organisation o ON o.id = b.organisation_id
        WHERE m.user_id = :id ORDER BY o.name_key
        """);
    SECTIONS.put(
        "meeting_feedback",
        """
        SELECT r.week, f.asked_at, f.times_asked, f.answer, f.answered_at
        FROM meeting_feedback f
        JOIN member m ON m.id = f.member_id
        JOIN round_pair p ON p.id = f.pair_id
        LEFT JOIN round r ON r.id = p.round_id
        WHERE m.user_id = :id
        ORDER BY f.id
        """);
    SECTIONS.put(
        "meeting_outcomes",
        """
        SELECT r.week, o.kind, o.story, o.shareable, o.sector, o.other_sector, o.answered_at
        FROM meeting_outcome o
        JOIN member m ON m.id = o.member_id
        JOIN round_pair p ON p.id = o.pair_id
        LEFT JOIN round r ON r.id = p.round_id
        WHERE m.user_id = :id
        ORDER BY o.id
        """);
    SECTIONS.put(
        "messages_sent",
        """
        SELECT kind, subject_id, sent_at, channel, message_ts FROM sent_message
        WHERE user_id = :id ORDER BY sent_at, kind, subject_id
        """);
    SECTIONS.put(
        "teams_chat",
        """
        SELECT name, email, tenant_id, service_url, conversation_id, installed, updated_at
        FROM teams_user WHERE user_id = :id
        """);
    SECTIONS.put(
        "tag_suggestions",
        "SELECT name, suggested_at, status, decided_at FROM tag_suggestion WHERE suggested_by = :id");
    SECTIONS.put(
        "copies_in_slack",
        """
        SELECT kind, channel, message_ts, file_id, created_at, remove_after FROM slack_copy
        WHERE user_id = :id ORDER BY id
        """);
    SECTIONS.put("admin_role", "SELECT added_by, added_at FROM network_admin WHERE user_id = :id");
    SECTIONS.put(
        "audit_entries",
        """
        SELECT at, actor, action, subject, before_value, after_value FROM audit_log
        WHERE actor = :id OR subject LIKE :pattern OR before_value LIKE :pattern
            OR after_value LIKE :pattern
        ORDER BY id
        """);
  }

  private final Jdbi jdbi;

  public MemberDataExport(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** The names of the sections, in the order they are exported. */
  public static List<String> sections() {
    return List.copyOf(SECTIONS.keySet());
  }

  /** Every section, each a list of rows of plain values (text, numbers, booleans, null). */
  public Map<String, List<Map<String, Object>>> collect(String userId) {
    return jdbi.withHandle(
        handle -> {
          // Each section binds the same two values, not all of which every query uses.
          handle.getConfig(SqlStatements.class).setUnusedBindingAllowed(true);
          Map<String, List<Map<String, Object>>> data = new LinkedHashMap<>();
          SECTIONS.forEach((name, sql) -> data.put(name, rows(handle, sql, userId)));
          return data;
        });
  }

  private static List<Map<String, Object>> rows(Handle handle, String sql, String userId) {
    return handle
        .createQuery(sql)
        .bind("id", userId)
        .bind("pattern", "%" + userId + "%")
        .mapToMap()
        .map(MemberDataExport::plain)
        .list();
  }

  private static Map<String, Object> plain(Map<String, Object> row) {
    Map<String, Object> plain = new LinkedHashMap<>();
    row.forEach((column, value) -> plain.put(column, plainValue(value)));
    return plain;
  }

  /** Dates and times as ISO-8601 text, so the file reads the same from either database. */
  private static Object plainValue(Object value) {
    if (value == null || value instanceof String || value instanceof Number) {
      return value;
    }
    if (value instanceof Boolean) {
      return value;
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant().toString();
    }
    if (value instanceof OffsetDateTime time) {
      return time.toInstant().toString();
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate().toString();
    }
    if (value instanceof LocalDate date) {
      return date.toString();
    }
    return value.toString();
  }
}
