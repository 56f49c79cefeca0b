package org.commonground.storage.members;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.commonground.storage.blocks.BlockList;
import org.commonground.storage.rounds.Eligibility;
import org.commonground.storage.tags.TagKind;
import org.jdbi.v3.core.Jdbi;

/**
 * The members of other organisations a member could be introduced to today who share their
 * challenges: only those a weekly round would take (agreed to the current privacy notice, not
 * deactivated, not paused, wanting a match) and neither side has declined or blocked, person or
 * organisation.
 */
public final class PeopleToMeet {

  private static final String SHARING =
      """
      SELECT m.id AS member_id, theirs.kind AS kind, theirs.tag_id AS tag_id
      FROM member me
      JOIN member_tag mine ON mine.member_id = me.id AND mine.kind = 'CHALLENGE'
      JOIN tag shared ON shared.id = mine.tag_id AND shared.status = 'ACTIVE'
      JOIN member_tag theirs ON theirs.tag_id = mine.tag_id AND theirs.kind = 'CHALLENGE'
      JOIN member m ON m.id = theirs.member_id
      WHERE me.id = :memberId AND m.organisation_id <> me.organisation_id AND
      """
          + Eligibility.ELIGIBLE
          + " AND "
          + BlockList.NOT_SEPARATED;

  private final Jdbi jdbi;
  private final Supplier<String> noticeVersion;

  /**
   * @param noticeVersion the current privacy notice's version: members who agreed only to an
   *     earlier one are not named until they agree again, as the weekly round leaves them out
   */
  public PeopleToMeet(Jdbi jdbi, Supplier<String> noticeVersion) {
    this.jdbi = jdbi;
    this.noticeVersion = noticeVersion;
  }

  /**
   * One row per (other member, shared active challenge), with how many members hold each challenge
   * so that a rare one can count for more.
   */
  public Sharing sharingChallengesWith(long memberId, LocalDate today) {
    return jdbi.inTransaction(
        h ->
            new Sharing(
                h.createQuery(SHARING)
                    .bind("memberId", memberId)
                    .bind("day", today)
                    .bind("noticeVersion", noticeVersion.get())
                    .map(
                        (rs, ctx) ->
                            new MemberTagRow(
                                rs.getLong("member_id"),
                                TagKind.valueOf(rs.getString("kind")),
                                rs.getInt("tag_id")))
                    .list(),
                h.attach(MemberRepository.class).challengeHolderCounts()));
  }

  /**
   * @param rows one per (other member, shared challenge)
   * @param holders how many members hold each challenge, by tag id
   */
  public record Sharing(List<MemberTagRow> rows, Map<Integer, Integer> holders) {}
}
