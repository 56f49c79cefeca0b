package org.commonground.storage.rounds;

import java.time.LocalDate;
import java.util.List;
import org.commonground.storage.members.MemberTagRow;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Who takes part in a round: introduced, agreed to the current privacy notice ({@code
 * noticeVersion}), not deactivated, not paused on that day, and wanting at least one match; with
 * their active tags only, since retired tags no longer make matches.
 */
@RegisterConstructorMapper(EligibleMember.class)
@RegisterConstructorMapper(MemberTagRow.class)
@RegisterConstructorMapper(Headcount.class)
interface EligibilityRepository {

  String ELIGIBLE =
      """
      NOT m.deactivated AND m.matches_per_week > 0
      AND (m.paused_until IS NULL OR m.paused_until < :day)
      AND m.consent_notice_version = :noticeVersion
      """;

  @SqlQuery(
      "SELECT m.id, m.organisation_id, m.sector, m.place, m.matches_per_week FROM member m WHERE "
          + ELIGIBLE
          + " ORDER BY m.id")
  List<EligibleMember> eligibleOn(LocalDate day, String noticeVersion);

  /** Those taking part on the day who were not sent the message of this kind and subject. */
  @SqlQuery(
      "SELECT m.user_id FROM member m WHERE "
          + ELIGIBLE
          + """
           AND NOT EXISTS (SELECT 1 FROM sent_message s
              WHERE s.kind = :kind AND s.subject_id = :subjectId AND s.user_id = m.user_id)
          ORDER BY m.id
          """)
  List<String> notSentOn(LocalDate day, String noticeVersion, String kind, long subjectId);

  @SqlQuery(
      """
      SELECT mt.member_id, mt.kind, mt.tag_id
      FROM member_tag mt
      JOIN tag t ON t.id = mt.tag_id
      JOIN member m ON m.id = mt.member_id
      WHERE t.status = 'ACTIVE' AND
      """
          + ELIGIBLE)
  List<MemberTagRow> activeTagsOfEligibleOn(LocalDate day, String noticeVersion);

  /** Members not deactivated, and how many of them are paused on {@code day}. */
  @SqlQuery(
      """
      SELECT COUNT(*) AS members,
          COALESCE(SUM(CASE WHEN paused_until >= :day THEN 1 ELSE 0 END), 0) AS paused
      FROM member WHERE NOT deactivated
      """)
  Headcount headcountOn(LocalDate day);
}
