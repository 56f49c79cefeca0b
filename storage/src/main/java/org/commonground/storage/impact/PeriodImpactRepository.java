package org.commonground.storage.impact;

import java.time.Instant;
import java.util.List;
import org.commonground.storage.organisations.Organisation;
import org.commonground.storage.organisations.Sector;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Introductions made in [{@code from}, {@code before}), by when the two were introduced: between
 * which organisations and sectors, and over which challenges.
 */
@RegisterConstructorMapper(IntroductionLink.class)
@RegisterConstructorMapper(Organisation.class)
@RegisterConstructorMapper(PeriodImpactRepository.ActiveChallenge.class)
@RegisterConstructorMapper(PeriodImpactRepository.Holders.class)
@RegisterConstructorMapper(PeriodImpactRepository.TagIntroductions.class)
interface PeriodImpactRepository {

  /** An active challenge tag. */
  record ActiveChallenge(int id, String name) {}

  /** Members of a sector holding a challenge. */
  record Holders(int tagId, Sector sector, int holders) {}

  /** Introductions between people sharing a challenge. */
  record TagIntroductions(int tagId, int introductions) {}

  /** Pairs introduced in the period whose members are both still recorded, each side's. */
  String INTRODUCED_BOTH_KNOWN =
      """
      FROM round_pair p
      JOIN member a ON a.id = p.member_a
      JOIN member b ON b.id = p.member_b
      WHERE p.introduced_at >= :from AND p.introduced_at < :before
      """;

  @SqlQuery(
      """
      WITH introduced AS (
        SELECT
          CASE WHEN a.organisation_id <= b.organisation_id
               THEN a.organisation_id ELSE b.organisation_id END AS first_id,
          CASE WHEN a.organisation_id <= b.organisation_id THEN a.sector ELSE b.sector END
              AS first_sector,
          CASE WHEN a.organisation_id <= b.organisation_id
               THEN b.organisation_id ELSE a.organisation_id END AS second_id,
          CASE WHEN a.organisation_id <= b.organisation_id THEN b.sector ELSE a.sector END
              AS second_sector,
          CASE WHEN EXISTS (SELECT 1 FROM meeting_feedback f
                            WHERE f.pair_id = p.id AND f.answer = 'YES')
               THEN 1 ELSE 0 END AS met
      """
          + INTRODUCED_BOTH_KNOWN
          + """
      )
      SELECT i.first_id AS first_organisation_id, fo.name AS first_organisation, i.first_sector,
          i.second_id AS second_organisation_id, so.name AS second_organisation, i.second_sector,
          COUNT(*) AS introduced, SUM(i.met) AS met
      FROM introduced i
      JOIN organisation fo ON fo.id = i.first_id
      JOIN organisation so ON so.id = i.second_id
      GROUP BY i.first_id, fo.name, i.first_sector, i.second_id, so.name, i.second_sector
      ORDER BY i.first_id, i.second_id, i.first_sector, i.second_sector
      """)
  List<IntroductionLink> links(Instant from, Instant before);

  /** Introductions in the period one of whose members deleted their profile or was anonymised. */
  @SqlQuery(
      """
      SELECT COUNT(*) FROM round_pair
      WHERE introduced_at >= :from AND introduced_at < :before
        AND (member_a IS NULL OR member_b IS NULL)
      """)
  int unattributed(Instant from, Instant before);

  /**
   * Organisations with an active member none of whose members was introduced in the period to
   * someone of another sector.
   */
  @SqlQuery(
      """
      SELECT o.id, o.name, o.sector, o.reviewed, o.created_by, o.created_at
      FROM organisation o
      WHERE EXISTS (SELECT 1 FROM member m WHERE m.organisation_id = o.id AND NOT m.deactivated)
        AND NOT EXISTS (SELECT 1
      """
          + INTRODUCED_BOTH_KNOWN
          + """
            AND a.sector <> b.sector
            AND (a.organisation_id = o.id OR b.organisation_id = o.id))
      ORDER BY o.name_key
      """)
  List<Organisation> withoutCrossSectorIntroduction(Instant from, Instant before);

  @SqlQuery("SELECT id, name FROM tag WHERE status = 'ACTIVE' ORDER BY name_key")
  List<ActiveChallenge> activeChallenges();

  @SqlQuery(
      """
      SELECT mt.tag_id, m.sector, COUNT(*) AS holders
      FROM member_tag mt
      JOIN member m ON m.id = mt.member_id
      JOIN tag t ON t.id = mt.tag_id
      WHERE mt.kind = 'CHALLENGE' AND NOT m.deactivated AND t.status = 'ACTIVE'
      GROUP BY mt.tag_id, m.sector
      """)
  List<Holders> holders();

  /**
   * Introductions in the period whose pair shared each active challenge, or a tag since merged into
   * it: a pair keeps its shared challenges as the ids they had then ({@code 3,17,42}).
   */
  @SqlQuery(
      """
      SELECT t.id AS tag_id, COUNT(DISTINCT p.id) AS introductions
      FROM tag t
      JOIN tag shared ON shared.id = t.id OR shared.merged_into = t.id
      JOIN round_pair p
        ON ',' || p.shared_challenges || ',' LIKE '%,' || CAST(shared.id AS VARCHAR(11)) || ',%'
      WHERE t.status = 'ACTIVE' AND p.introduced_at >= :from AND p.introduced_at < :before
      GROUP BY t.id
      """)
  List<TagIntroductions> introductionsByChallenge(Instant from, Instant before);
}
