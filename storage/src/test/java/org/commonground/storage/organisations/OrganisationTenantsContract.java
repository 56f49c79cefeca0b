package org.commonground.storage.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.commonground.storage.audit.AuditEntry;
import org.commonground.storage.audit.AuditLog;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.privacy.MemberDataEraser;
import org.commonground.storage.testing.MutableClock;
import org.commonground.storage.testing.Profiles;
import org.commonground.storage.testing.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Linking organisations to Microsoft 365 tenants; on H2 and PostgreSQL. */
abstract class OrganisationTenantsContract {

  private static final String NHSMAIL = "37c354b2-85b0-47f5-b222-07b48d774ee3";
  private static final String COUNCIL = "0b3e1f9a-4c2d-4e8f-9a1b-2c3d4e5f6a7b";

  @RegisterExtension final TestDatabase db = newDatabase();

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
  private Jdbi jdbi;
  private OrganisationCatalogue catalogue;
  private OrganisationTenants tenants;
  private ProfileStore profiles;

  abstract TestDatabase newDatabase();

  @BeforeEach
  void setUp() {
    jdbi = db.database().jdbi();
    catalogue = new OrganisationCatalogue(jdbi, clock);
    tenants = new OrganisationTenants(jdbi, clock);
    profiles = new ProfileStore(jdbi, clock);
    join("U1", "Liverpool CC");
    join("U2", "Liverpool City Council");
    join("U3", "Alder Hey");
  }

  @Test
  void linksOnceAndAuditsTheLink() {
    Organisation council = org("Liverpool City Council");

    assertThat(tenants.link("U0ADMIN", council, COUNCIL.toUpperCase())).isTrue();
    assertThat(tenants.link("U0ADMIN", council, COUNCIL)).isFalse();

    assertThat(tenants.linkedTo(COUNCIL)).containsExactly(council);
    assertThat(tenants.byOrganisation()).containsExactly(Map.entry(council.id(), List.of(COUNCIL)));
    List<AuditEntry> audit = jdbi.onDemand(AuditLog.class).latestOf("org.tenant", 5);
    assertThat(audit).hasSize(1);
    assertThat(audit.get(0).actor()).isEqualTo("U0ADMIN");
    assertThat(audit.get(0).subject()).isEqualTo("Liverpool City Council");
    assertThat(audit.get(0).afterValue()).contains(COUNCIL);
  }

  @Test
  void unlinksOnlyWhatWasLinked() {
    Organisation council = org("Liverpool City Council");
    tenants.link("U0ADMIN", council, COUNCIL);

    assertThat(tenants.unlink("U0ADMIN", council, COUNCIL)).isTrue();
    assertThat(tenants.unlink("U0ADMIN", council, COUNCIL)).isFalse();

    assertThat(tenants.linkedTo(COUNCIL)).isEmpty();
    assertThat(latest().action()).isEqualTo("org.tenant.unlink");
    assertThat(latest().beforeValue()).contains(COUNCIL);
  }

  @Test
  void aTenantServesManyOrganisationsAndAnOrganisationManyTenants() {
    Organisation council = org("Liverpool City Council");
    Organisation alderHey = org("Alder Hey");
    tenants.link("U0ADMIN", council, NHSMAIL);
    tenants.link("U0ADMIN", alderHey, NHSMAIL);
    tenants.link("U0ADMIN", council, COUNCIL);

    assertThat(tenants.linkedTo(NHSMAIL)).containsExactly(alderHey, council);
    assertThat(tenants.linkedTo(COUNCIL)).containsExactly(council);
    assertThat(tenants.byOrganisation().get(council.id()))
        .containsExactlyInAnyOrder(NHSMAIL, COUNCIL);
  }

  @Test
  void mergeMovesTheLinksToTheSurvivorWithoutDuplicates() {
    Organisation from = org("Liverpool CC");
    Organisation into = org("Liverpool City Council");
    tenants.link("U0ADMIN", from, COUNCIL);
    tenants.link("U0ADMIN", from, NHSMAIL);
    tenants.link("U0ADMIN", into, COUNCIL);

    catalogue.merge("U0ADMIN", from.id(), into.id());

    Organisation survivor = org("Liverpool City Council");
    assertThat(tenants.linkedTo(COUNCIL)).containsExactly(survivor);
    assertThat(tenants.linkedTo(NHSMAIL)).containsExactly(survivor);
    assertThat(tenants.byOrganisation()).containsOnlyKeys(into.id());
  }

  @Test
  void anOrganisationRemovedWithItsOnlyMembersDataTakesItsLinks() {
    Organisation alderHey = org("Alder Hey");
    tenants.link("U0ADMIN", alderHey, NHSMAIL);

    new MemberDataEraser(jdbi, clock).erase("U3");

    assertThat(catalogue.findByName("Alder Hey")).isEmpty();
    assertThat(tenants.linkedTo(NHSMAIL)).isEmpty();
    assertThat(tenants.byOrganisation()).isEmpty();
  }

  @Test
  void erasingTheAdminWhoLinkedKeepsTheLink() {
    Organisation council = org("Liverpool City Council");
    tenants.link("U0ADMIN", council, COUNCIL);

    new MemberDataEraser(jdbi, clock).erase("U0ADMIN");

    assertThat(tenants.linkedTo(COUNCIL)).containsExactly(council);
    int stillNamed =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "SELECT COUNT(*) FROM organisation_tenant WHERE created_by = 'U0ADMIN'")
                    .mapTo(Integer.class)
                    .one());
    assertThat(stillNamed).isZero();
  }

  private Organisation org(String name) {
    return catalogue.findByName(name).orElseThrow();
  }

  private void join(String user, String organisation) {
    profiles.save(Profiles.draft(user, organisation, List.of(1), List.of()));
  }

  private AuditEntry latest() {
    return jdbi.onDemand(AuditLog.class).latest(1).get(0);
  }
}
