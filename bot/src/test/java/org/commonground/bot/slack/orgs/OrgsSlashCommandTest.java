package org.commonground.bot.slack.orgs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.bot.testing.Members.ADMIN;
import static org.commonground.bot.testing.Members.MEMBER;

import java.util.List;
import org.commonground.bot.core.admin.Admins;
import org.commonground.bot.testing.Members;
import org.commonground.bot.testing.ProfilePayload;
import org.commonground.bot.testing.RunningApp;
import org.commonground.storage.audit.AuditEntry;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.organisations.Organisation;
import org.commonground.storage.organisations.OrganisationCatalogue;
import org.commonground.storage.organisations.Sector;
import org.commonground.storage.tags.TagCatalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /orgs} through the real server: admins keep the organisation list clean. */
class OrgsSlashCommandTest {

  @RegisterExtension final RunningApp app = new RunningApp().with("ADMIN_USER_IDS", ADMIN);

  private static final String COUNCIL_TENANT = "0b3e1f9a-4c2d-4e8f-9a1b-2c3d4e5f6a7b";

  private OrganisationCatalogue organisations;

  @BeforeEach
  void twoNamesForOneCouncil() {
    organisations = new OrganisationCatalogue(app.jdbi(), app.clock());
    join("U0ONE", "Liverpool CC");
    join("U0TWO", "Liverpool City Council");
    join("U0THREE", "Liverpool City Council");
  }

  @Test
  void listsOrganisationsWithSectorMembersAndReviewState() {
    organisations.setSector(ADMIN, org("Liverpool City Council").id(), Sector.LOCAL_AUTHORITY);

    assertThat(orgs(ADMIN, ""))
        .contains(
            "2, of which 1 unreviewed",
            "• Liverpool CC – Local authority, 1 member · _unreviewed_",
            "• Liverpool City Council – Local authority, 2 members\n");
  }

  @Test
  void mergeMovesTheMembersAndTheOldNameLeadsToTheSurvivor() {
    String reply = orgs(ADMIN, "merge \"Liverpool CC\" -&gt; Liverpool City Council");

    assertThat(reply)
        .contains("Merged *Liverpool CC* into *Liverpool City Council*: 1 member moved");
    assertThat(organisationOf("U0ONE")).isEqualTo("Liverpool City Council");
    join("U0FOUR", "liverpool cc");
    assertThat(organisationOf("U0FOUR")).isEqualTo("Liverpool City Council");
    assertThat(organisations.list()).hasSize(1);
    assertAudited("org.merge", "Liverpool CC");
  }

  @Test
  void renameAndSectorAreAudited() {
    assertThat(orgs(ADMIN, "rename Liverpool CC -> Liverpool Council (old list)"))
        .contains("Renamed *Liverpool CC* to *Liverpool Council (old list)*");
    assertAudited("org.rename", "Liverpool CC");

    assertThat(orgs(ADMIN, "sector Liverpool City Council -> nhs / health"))
        .contains("is in _NHS / health_ now, and so are its 2 members");
    assertAudited("org.sector", "Liverpool City Council");
  }

  @Test
  void badInputGetsAClearAnswer() {
    assertThat(orgs(ADMIN, "merge Liverpol CC -> Liverpool City Council"))
        .contains("Did you mean *Liverpool CC*");
    assertThat(orgs(ADMIN, "sector Liverpool CC -> voluntary"))
        .contains("Did you mean *Voluntary &amp; community (VCFSE)*");
    assertThat(orgs(ADMIN, "rename Liverpool CC ->")).contains("Say what comes after `->`");
    assertThat(orgs(ADMIN, "rename Liverpool CC -> liverpool city council"))
        .contains("is taken by *Liverpool City Council*: merge them instead");
    assertThat(app.rows().audit(5)).isEmpty();
  }

  @Test
  void aTenantLinkIsAuditedListedAndUndone() {
    assertThat(orgs(ADMIN, "tenant Liverpool City Council -> " + COUNCIL_TENANT.toUpperCase()))
        .contains(
            "Linked *Liverpool City Council* to tenant `" + COUNCIL_TENANT + "`.",
            "Teams newcomers from it start their profile with *Liverpool City Council* picked.");
    assertAudited("org.tenant.link", "Liverpool City Council");
    assertThat(orgs(ADMIN, ""))
        .contains(
            "• Liverpool CC – Local authority, 1 member · _unreviewed_\n",
            "• Liverpool City Council – Local authority, 2 members · _unreviewed_ · tenant `"
                + COUNCIL_TENANT
                + "`\n");

    assertThat(orgs(ADMIN, "tenant Liverpool CC -> " + COUNCIL_TENANT))
        .contains("It serves 2 organisations now, so its Teams newcomers pick their own.");
    assertThat(orgs(ADMIN, "untenant Liverpool City Council -> " + COUNCIL_TENANT))
        .contains(
            "*Liverpool City Council* is no longer linked to tenant `" + COUNCIL_TENANT + "`.");
    assertAudited("org.tenant.unlink", "Liverpool City Council");
    assertThat(orgs(ADMIN, "untenant Liverpool City Council -> " + COUNCIL_TENANT))
        .contains("isn't linked to tenant");
  }

  @Test
  void aTenantMustBeAGuidAndTheOrganisationOneThatExists() {
    assertThat(orgs(ADMIN, "tenant Liverpool City Council -> nhs.net"))
        .contains(
            "*nhs.net* is not a tenant id: use the Directory (tenant) ID Entra shows, like"
                + " `00000000-0000-0000-0000-000000000000`.");
    assertThat(orgs(ADMIN, "tenant Liverpol CC -> " + COUNCIL_TENANT))
        .contains("Did you mean *Liverpool CC*");
    assertThat(orgs(ADMIN, "untenant Liverpool CC ->")).contains("Say what comes after `->`");
    assertThat(app.rows().audit(5)).isEmpty();
  }

  @Test
  void membersAreRefusedEveryCommandAndNothingChanges() {
    Members.notAnAdmin(app, MEMBER);

    for (String attempt :
        List.of(
            "",
            "rename Liverpool CC -> LCC",
            "merge Liverpool CC -> Liverpool City Council",
            "sector Liverpool CC -> Housing",
            "tenant Liverpool CC -> " + COUNCIL_TENANT)) {
      assertThat(orgs(MEMBER, attempt)).as(attempt).isEqualTo(Admins.REFUSAL + "\n");
    }
    assertThat(organisations.list()).hasSize(2);
    assertThat(app.rows().audit(5)).isEmpty();
  }

  @Test
  void aNameWithACharacterNobodyWouldSeeIsRefusedNamingIt() {
    String reply = orgs(ADMIN, "rename Liverpool CC -> Liverpool \u202ECity Council");

    assertThat(reply).contains("reverses the direction of the text", "U+202E");
    assertThat(org("Liverpool CC").name()).isEqualTo("Liverpool CC");
  }

  private String orgs(String user, String text) {
    return Members.command(app, "/orgs", text, user);
  }

  private void join(String user, String organisation) {
    int tag = new TagCatalogue(app.jdbi(), app.clock()).current().get(0).id();
    app.requests()
        .interaction(ProfilePayload.valid(tag).user(user).newOrganisation(organisation).json());
  }

  private Organisation org(String name) {
    return organisations.findByName(name).orElseThrow();
  }

  private String organisationOf(String user) {
    return new ProfileStore(app.jdbi(), app.clock())
        .findByUserId(user)
        .orElseThrow()
        .organisation()
        .name();
  }

  private void assertAudited(String action, String subject) {
    AuditEntry entry = app.rows().audit(1).get(0);
    assertThat(entry.action()).isEqualTo(action);
    assertThat(entry.subject()).isEqualTo(subject);
    assertThat(entry.actor()).isEqualTo(ADMIN);
  }
}
