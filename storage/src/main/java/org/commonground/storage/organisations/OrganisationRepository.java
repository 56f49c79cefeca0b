package org.commonground.storage.organisations;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The organisations members belong to. */
@RegisterConstructorMapper(Organisation.class)
public interface OrganisationRepository {

  @SqlQuery(
      """
      SELECT id, name, sector, reviewed, created_by, created_at
      FROM organisation
      ORDER BY name_key
      """)
  List<Organisation> listAll();

  @SqlQuery(
      """
      SELECT id, name, sector, reviewed, created_by, created_at
      FROM organisation
      WHERE id = :id
      """)
  Optional<Organisation> findById(long id);

  @SqlQuery(
      """
      SELECT id, name, sector, reviewed, created_by, created_at
      FROM organisation
      WHERE name_key = :nameKey
      """)
  Optional<Organisation> findByNameKey(String nameKey);

  @SqlUpdate(
      """
      INSERT INTO organisation (name, name_key, sector, reviewed, created_by, created_at)
      VALUES (:name, :nameKey, :sector, FALSE, :createdBy, :createdAt)
      """)
  @GetGeneratedKeys("id")
  long insertUnreviewed(
      String name, String nameKey, Sector sector, String createdBy, Instant createdAt);

  /** The organisation with this name key or former name key (kept after a rename or merge). */
  @SqlQuery(
      """
      SELECT id, name, sector, reviewed, created_by, created_at
      FROM organisation
      WHERE name_key = :nameKey
         OR id IN (SELECT organisation_id FROM organisation_alias WHERE name_key = :nameKey)
      """)
  Optional<Organisation> findByName(String nameKey);

  @SqlUpdate(
      "UPDATE organisation SET name = :name, name_key = :nameKey, reviewed = TRUE WHERE id = :id")
  void rename(long id, String name, String nameKey);

  @SqlUpdate("UPDATE organisation SET sector = :sector, reviewed = TRUE WHERE id = :id")
  void setSector(long id, Sector sector);

  @SqlUpdate("UPDATE organisation SET reviewed = TRUE WHERE id = :id")
  void markReviewed(long id);

  @SqlUpdate("DELETE FROM organisation WHERE id = :id")
  void delete(long id);

  /**
   * Members who blocked a merged organisation keep the block on the one it became; the rows on the
   * old one then go with it.
   */
  @SqlUpdate(
      """
      INSERT INTO blocked_organisation (member_id, organisation_id, blocked_at)
      SELECT b.member_id, :intoId, b.blocked_at FROM blocked_organisation b
      WHERE b.organisation_id = :fromId AND NOT EXISTS (
          SELECT 1 FROM blocked_organisation i
          WHERE i.member_id = b.member_id AND i.organisation_id = :intoId)
      """)
  void moveBlocks(long fromId, long intoId);

  @SqlQuery("SELECT COUNT(*) FROM organisation")
  int count();
}
