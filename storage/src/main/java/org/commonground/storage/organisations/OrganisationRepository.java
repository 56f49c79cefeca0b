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

  @SqlQuery("SELECT COUNT(*) FROM organisation")
  int count();
}
