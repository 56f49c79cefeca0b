package org.commonground.storage.members;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonground.storage.tags.TagKind;
import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.ValueColumn;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Members and the tags they hold. */
@RegisterConstructorMapper(Member.class)
@RegisterConstructorMapper(MemberTagRow.class)
public interface MemberRepository {

  String MEMBER_COLUMNS =
      """
      id, slack_user_id, organisation_id, sector, role, place, working_on, matches_per_week,
      share_in_channel, consent_notice_version, consented_at, paused_until, deactivated,
      introduced_at, updated_at
      """;

  @SqlQuery("SELECT " + MEMBER_COLUMNS + " FROM member WHERE slack_user_id = :slackUserId")
  Optional<Member> findBySlackUserId(String slackUserId);

  @SqlQuery("SELECT " + MEMBER_COLUMNS + " FROM member WHERE id IN (<ids>)")
  List<Member> findByIds(
      @BindList(value = "ids", onEmpty = BindList.EmptyHandling.NULL_STRING) Collection<Long> ids);

  @SqlUpdate(
      """
      INSERT INTO member (slack_user_id, organisation_id, sector, role, place, working_on,
          matches_per_week, share_in_channel, consent_notice_version, consented_at,
          introduced_at, updated_at)
      VALUES (:slackUserId, :organisationId, :sector, :role, :place, :workingOn,
          :matchesPerWeek, :shareInChannel, :consentNoticeVersion, :now, :now, :now)
      """)
  @GetGeneratedKeys("id")
  long insert(@BindMethods MemberFields fields, Instant now);

  /** Consent is stamped again only when the member agreed to a different notice version. */
  @SqlUpdate(
      """
      UPDATE member SET organisation_id = :organisationId, sector = :sector, role = :role,
          place = :place, working_on = :workingOn, matches_per_week = :matchesPerWeek,
          share_in_channel = :shareInChannel,
          consented_at = CASE WHEN consent_notice_version = :consentNoticeVersion
                              THEN consented_at ELSE :now END,
          consent_notice_version = :consentNoticeVersion,
          updated_at = :now
      WHERE id = :id
      """)
  void update(long id, @BindMethods MemberFields fields, Instant now);

  @SqlUpdate("DELETE FROM member_tag WHERE member_id = :memberId")
  void deleteTags(long memberId);

  @SqlBatch("INSERT INTO member_tag (member_id, kind, tag_id) VALUES (:memberId, :kind, :tagId)")
  void insertTags(long memberId, TagKind kind, List<Integer> tagId);

  @SqlQuery(
      """
      SELECT member_id, kind, tag_id FROM member_tag
      WHERE member_id IN (<memberIds>)
      """)
  List<MemberTagRow> tagsOf(
      @BindList(value = "memberIds", onEmpty = BindList.EmptyHandling.NULL_STRING)
          Collection<Long> memberIds);

  /**
   * The challenges {@code memberId} shares with each active member of another organisation: one row
   * per (other member, shared challenge).
   */
  @SqlQuery(
      """
      SELECT theirs.member_id AS member_id, theirs.kind AS kind, theirs.tag_id AS tag_id
      FROM member_tag mine
      JOIN member_tag theirs ON theirs.tag_id = mine.tag_id AND theirs.kind = 'CHALLENGE'
      JOIN member other ON other.id = theirs.member_id
      JOIN member me ON me.id = mine.member_id
      WHERE mine.member_id = :memberId AND mine.kind = 'CHALLENGE'
        AND other.organisation_id <> me.organisation_id
        AND NOT other.deactivated
      """)
  List<MemberTagRow> challengesSharedWithOtherOrganisations(long memberId);

  /** How many members hold each challenge, by tag id. */
  @SqlQuery(
      "SELECT tag_id, COUNT(*) AS holders FROM member_tag WHERE kind = 'CHALLENGE' GROUP BY tag_id")
  @KeyColumn("tag_id")
  @ValueColumn("holders")
  Map<Integer, Integer> challengeHolderCounts();

  /** Leaves the member out of every round before {@code until}; returns 0 if not a member. */
  @SqlUpdate(
      "UPDATE member SET paused_until = :until, updated_at = :now WHERE slack_user_id = :slackUserId")
  int pauseUntil(String slackUserId, java.time.LocalDate until, Instant now);

  @SqlQuery("SELECT COUNT(*) FROM member")
  int count();
}
