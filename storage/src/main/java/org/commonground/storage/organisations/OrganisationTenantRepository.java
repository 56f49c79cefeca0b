package org.commonground.storage.organisations;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The Microsoft 365 tenants linked to organisations. */
@RegisterConstructorMapper(Organisation.class)
@RegisterConstructorMapper(OrganisationTenantRepository.Link.class)
interface OrganisationTenantRepository {

  /** One organisation linked to one tenant. */
  record Link(long organisationId, String tenantId) {}

  /**
   * @return 1 if this links them, 0 if they were linked already
   */
  @SqlUpdate(
      """
      INSERT INTO organisation_tenant (organisation_id, tenant_id, created_at, created_by)
      SELECT :organisationId, :tenantId, :createdAt, :createdBy
      WHERE NOT EXISTS (
          SELECT 1 FROM organisation_tenant
          WHERE organisation_id = :organisationId AND tenant_id = :tenantId)
      """)
  int insertIfAbsent(long organisationId, String tenantId, Instant createdAt, String createdBy);

  @SqlUpdate(
      "DELETE FROM organisation_tenant WHERE organisation_id = :organisationId"
          + " AND tenant_id = :tenantId")
  int delete(long organisationId, String tenantId);

  @SqlQuery(
      """
      SELECT o.id, o.name, o.sector, o.reviewed, o.created_by, o.created_at
      FROM organisation o JOIN organisation_tenant t ON t.organisation_id = o.id
      WHERE t.tenant_id = :tenantId
      ORDER BY o.name_key
      """)
  List<Organisation> linkedTo(String tenantId);

  @SqlQuery("SELECT organisation_id, tenant_id FROM organisation_tenant ORDER BY tenant_id")
  List<Link> all();

  /**
   * A merged organisation's tenants go to the one it became; the rows on the old one then go with
   * it.
   */
  @SqlUpdate(
      """
      INSERT INTO organisation_tenant (organisation_id, tenant_id, created_at, created_by)
      SELECT :intoId, t.tenant_id, t.created_at, t.created_by FROM organisation_tenant t
      WHERE t.organisation_id = :fromId AND NOT EXISTS (
          SELECT 1 FROM organisation_tenant i
          WHERE i.organisation_id = :intoId AND i.tenant_id = t.tenant_id)
      """)
  void moveLinks(long fromId, long intoId);
}
