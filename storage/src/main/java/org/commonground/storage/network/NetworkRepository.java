package org.commonground.storage.network;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The network at a glance, for admins: who is in it and which challenges they share. */
@RegisterConstructorMapper(SectorCount.class)
@RegisterConstructorMapper(NewMember.class)
@RegisterConstructorMapper(ChallengeCount.class)
interface NetworkRepository {

  @SqlQuery(
      """
      SELECT sector, COUNT(*) AS members FROM member WHERE NOT deactivated
      GROUP BY sector ORDER BY members DESC, sector
      """)
  List<SectorCount> membersBySector();

  @SqlQuery(
      """
      SELECT m.user_id, o.name AS organisation, m.introduced_at
      FROM member m JOIN organisation o ON o.id = m.organisation_id
      WHERE NOT m.deactivated
      ORDER BY m.introduced_at DESC, m.id DESC LIMIT :limit
      """)
  List<NewMember> newestMembers(int limit);

  /** Every challenge held by an active member, most held first. */
  @SqlQuery(
      """
      SELECT t.name, COUNT(*) AS holders, COUNT(DISTINCT m.organisation_id) AS organisations
      FROM member_tag mt
      JOIN member m ON m.id = mt.member_id
      JOIN tag t ON t.id = mt.tag_id
      WHERE mt.kind = 'CHALLENGE' AND NOT m.deactivated
      GROUP BY t.id, t.name, t.name_key
      ORDER BY holders DESC, t.name_key
      """)
  List<ChallengeCount> challenges();

  @SqlQuery(
      """
      SELECT COUNT(DISTINCT organisation_id) FROM member WHERE NOT deactivated
      """)
  int organisationsWithMembers();
}
