package org.commonground.storage.organisations;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.commonground.storage.audit.AuditJson;
import org.commonground.storage.audit.AuditLog;
import org.jdbi.v3.core.Jdbi;

/**
 * The Microsoft 365 tenants admins linked to organisations, so that a Teams newcomer from a tenant
 * of one organisation starts with it picked. A tenant may serve many organisations (NHSmail) and an
 * organisation may have many tenants. Tenant ids are kept in lower case, as Teams sends them; each
 * change is one transaction with its audit entry.
 */
public final class OrganisationTenants {

  private final Jdbi jdbi;
  private final Clock clock;

  public OrganisationTenants(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /**
   * @return true if this links them, false if they were linked already (and nothing changed)
   */
  public boolean link(String actor, Organisation organisation, String tenantId) {
    String tenant = key(tenantId);
    return jdbi.inTransaction(
        h -> {
          Instant now = clock.instant();
          boolean linked =
              h.attach(OrganisationTenantRepository.class)
                      .insertIfAbsent(organisation.id(), tenant, now, actor)
                  == 1;
          if (linked) {
            h.attach(AuditLog.class)
                .record(
                    now,
                    actor,
                    "org.tenant.link",
                    organisation.name(),
                    null,
                    AuditJson.object("tenant", tenant));
          }
          return linked;
        });
  }

  /**
   * @return true if this unlinks them, false if they weren't linked (and nothing changed)
   */
  public boolean unlink(String actor, Organisation organisation, String tenantId) {
    String tenant = key(tenantId);
    return jdbi.inTransaction(
        h -> {
          boolean unlinked =
              h.attach(OrganisationTenantRepository.class).delete(organisation.id(), tenant) == 1;
          if (unlinked) {
            h.attach(AuditLog.class)
                .record(
                    clock.instant(),
                    actor,
                    "org.tenant.unlink",
                    organisation.name(),
                    AuditJson.object("tenant", tenant),
                    null);
          }
          return unlinked;
        });
  }

  /** The organisations linked to the tenant, by name. */
  public List<Organisation> linkedTo(String tenantId) {
    return jdbi.withExtension(
        OrganisationTenantRepository.class, links -> links.linkedTo(key(tenantId)));
  }

  /** Each linked organisation's id with its tenants, for the admins' list. */
  public Map<Long, List<String>> byOrganisation() {
    return jdbi
        .withExtension(OrganisationTenantRepository.class, OrganisationTenantRepository::all)
        .stream()
        .collect(
            Collectors.groupingBy(
                OrganisationTenantRepository.Link::organisationId,
                Collectors.mapping(
                    OrganisationTenantRepository.Link::tenantId, Collectors.toList())));
  }

  private static String key(String tenantId) {
    return tenantId.strip().toLowerCase(Locale.ROOT);
  }
}
