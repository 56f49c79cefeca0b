package org.commonground.storage.members;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.commonground.storage.organisations.Sector;
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
      id, user_id, organisation_id, sector, role, place, working_on, matches_per_week,
      share_in_channel, consent_notice_version, consented_at, paused_until, deactivated,
      introduced_at, updated_at
      """;

  @SqlQuery("SELECT " + MEMBER_COLUMNS + " FROM member WHERE id IN (<ids>)")
  List<Member> findByIds(
      @BindList(value = "ids", onEmpty = BindList.EmptyHandling.NULL_STRING) Collection<Long> ids);

  @SqlUpdate(
      """
      INSERT INTO member (user_id, organisation_id, sector, role, place, working_on,
          matches_per_week, share_in_channel, consent_notice_version, consented_at,
          introduced_at, updated_at)
      VALUES (:userId, :organisationId, :sector, :role, :place, :workingOn,
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

  /** How many members hold each challenge, by tag id. */
  @SqlQuery(
      "SELECT tag_id, COUNT(*) AS holders FROM member_tag WHERE kind = 'CHALLENGE' GROUP BY tag_id")
  @KeyColumn("tag_id")
  @ValueColumn("holders")
  Map<Integer, Integer> challengeHolderCounts();

  /** How many members hold each tag in any way (challenge, offer or ask), by tag id. */
  @SqlQuery("SELECT tag_id, COUNT(DISTINCT member_id) AS holders FROM member_tag GROUP BY tag_id")
  @KeyColumn("tag_id")
  @ValueColumn("holders")
  Map<Integer, Integer> holderCounts();

  /**
   * Gives every holder of {@code from} the tag {@code into} in the same way, skipping those who
   * hold it already; returns how many links were added.
   */
  @SqlUpdate(
      """
      INSERT INTO member_tag (member_id, kind, tag_id)
      SELECT f.member_id, f.kind, :into FROM member_tag f
      WHERE f.tag_id = :from
        AND NOT EXISTS (SELECT 1 FROM member_tag i
                        WHERE i.member_id = f.member_id AND i.kind = f.kind AND i.tag_id = :into)
      """)
  int copyTagHolders(int from, int into);

  @SqlUpdate("DELETE FROM member_tag WHERE tag_id = :tagId")
  int removeTagFromEveryone(int tagId);

  @SqlQuery("SELECT COUNT(DISTINCT member_id) FROM member_tag WHERE tag_id = :tagId")
  int countHolders(int tagId);

  @SqlQuery("SELECT COUNT(*) FROM member_tag WHERE member_id = :memberId AND kind = :kind")
  int countTags(long memberId, TagKind kind);

  @SqlQuery(
      """
      SELECT EXISTS (SELECT 1 FROM member_tag
                     WHERE member_id = :memberId AND kind = :kind AND tag_id = :tagId)
      """)
  boolean holdsTag(long memberId, TagKind kind, int tagId);

  @SqlUpdate("INSERT INTO member_tag (member_id, kind, tag_id) VALUES (:memberId, :kind, :tagId)")
  void addTag(long memberId, TagKind kind, int tagId);

  @SqlUpdate("UPDATE member SET organisation_id = :into WHERE organisation_id = :from")
  int moveOrganisation(long from, long into);

  /** Keeps members' sector in line with their organisation's, once an admin has set it. */
  @SqlUpdate("UPDATE member SET sector = :sector WHERE organisation_id = :organisationId")
  int setSectorOfOrganisation(long organisationId, Sector sector);

  /** How many members each organisation has, by organisation id. */
  @SqlQuery("SELECT organisation_id, COUNT(*) AS members FROM member GROUP BY organisation_id")
  @KeyColumn("organisation_id")
  @ValueColumn("members")
  Map<Long, Integer> countsByOrganisation();

  @SqlQuery("SELECT COUNT(*) FROM member")
  int count();
}
