package org.commonground.storage.organisations;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Former names of organisations, which still lead to them. */
interface OrganisationAliasRepository {

  @SqlQuery("SELECT name FROM organisation_alias ORDER BY name_key")
  List<String> names();

  @SqlUpdate(
      """
      INSERT INTO organisation_alias (name_key, name, organisation_id, created_at)
      VALUES (:nameKey, :name, :organisationId, :createdAt)
      """)
  void insert(String nameKey, String name, long organisationId, Instant createdAt);

  @SqlUpdate("DELETE FROM organisation_alias WHERE name_key = :nameKey")
  void delete(String nameKey);

  @SqlUpdate("UPDATE organisation_alias SET organisation_id = :into WHERE organisation_id = :from")
  void repoint(long from, long into);
}
