package org.commonground.storage.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.storage.testing.ProfileDrafts.draft;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.commonground.storage.audit.AuditEntry;
import org.commonground.storage.audit.AuditLog;
import org.commonground.storage.console.ConsoleSession;
import org.commonground.storage.console.ConsoleSessions;
import org.commonground.storage.members.OrganisationChoice;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.organisations.Organisation;
import org.commonground.storage.organisations.OrganisationRepository;
import org.commonground.storage.settings.NetworkAdmin;
import org.commonground.storage.settings.NetworkAdmins;
import org.commonground.storage.settings.ProgrammeBreaks;
import org.commonground.storage.settings.SavedSettings;
import org.commonground.storage.tags.Tag;
import org.commonground.storage.tags.TagRepository;
import org.commonground.storage.teams.TeamsUser;
import org.commonground.storage.teams.TeamsUsers;
import org.commonground.storage.testing.EveryTextColumn;
import org.commonground.storage.testing.MutableClock;
import org.commonground.storage.testing.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Export and erasure of one member's data; run on H2 and on PostgreSQL by the subclasses. */
abstract class MemberPrivacyContract {

  private static final String LEAVER = "U0LEAVER";
  private static final String STAYER = "U0STAYER";
  private static final String ROLE = "Head of Siân's unique team";
  private static final String WORKING_ON = "A pilot nobody else describes this way";

  @RegisterExtension final TestDatabase db = newDatabase();

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
  private Jdbi jdbi;
  private List<Tag> tags;

  abstract TestDatabase newDatabase();

  /**
   * The leaver started "Shared Trust", which the stayer then joined, and moved on to "Leaver
   * Consulting", which only they use; an admin action names them, and they made one themselves.
   */
  @BeforeEach
  void setUp() {
    jdbi = db.database().jdbi();
    tags = jdbi.onDemand(TagRepository.class).listActive();
    ProfileStore store = new ProfileStore(jdbi, clock);
    List<Integer> challenges = List.of(tags.get(0).id(), tags.get(1).id());
    long shared =
        store
            .save(draft(LEAVER, new OrganisationChoice.New("Shared Trust"), challenges))
            .profile()
            .organisation()
            .id();
    store.save(draft(STAYER, new OrganisationChoice.Existing(shared), challenges));
    store.save(
        draft(
            LEAVER, new OrganisationChoice.New("Leaver Consulting"), challenges, ROLE, WORKING_ON));
    AuditLog audit = jdbi.onDemand(AuditLog.class);
    audit.record(clock.instant(), LEAVER, "tag.renamed", "tag:7", "Old name", "New name");
    audit.record(clock.instant(), "U0ADMIN", "member.deactivated", "member:" + LEAVER, ROLE, null);
    audit.record(clock.instant(), "U0ADMIN", "tag.retired", "tag:9", null, null);
  }

  @Test
  void aTeamsMembersChatIsExportedAndForgottenOnErasure() {
    TeamsUsers chats = new TeamsUsers(jdbi, clock);
    chats.remember(
        new TeamsUser(
            LEAVER,
            "29:1leaver",
            "72f988bf-86f1-41af-91ab-2d7cd011db47",
            "https://smba.trafficmanager.net/uk/",
            "a:1leaver-chat",
            "Leaver Example",
            "leaver@nhs.net",
            true));

    Map<String, Object> chat = new MemberDataExport(jdbi).collect(LEAVER).get("teams_chat").get(0);
    new MemberDataEraser(jdbi, clock).erase(LEAVER);

    assertThat(chat)
        .containsEntry("email", "leaver@nhs.net")
        .containsEntry("name", "Leaver Example");
    assertThat(chats.find(LEAVER)).isEmpty();
  }

  @Test
  void exportHoldsTheProfileTagsConsentOrganisationsAndAuditEntriesAboutTheMember() {
    Map<String, List<Map<String, Object>>> data = new MemberDataExport(jdbi).collect(LEAVER);

    assertThat(data.keySet()).containsExactlyElementsOf(MemberDataExport.sections());
    Map<String, Object> profile = data.get("profile").get(0);
    assertThat(profile)
        .containsEntry("role", ROLE)
        .containsEntry("working_on", WORKING_ON)
        .containsEntry("organisation", "Leaver Consulting")
        .containsEntry("introduced_at", "2026-11-23T09:00:00Z");
    assertThat(data.get("consent").get(0)).containsEntry("consent_notice_version", "v1");
    assertThat(data.get("settings").get(0).get("matches_per_week")).hasToString("1");
    assertThat(data.get("tags"))
        .extracting(row -> row.get("name"))
        .containsExactlyInAnyOrder(tags.get(0).name(), tags.get(1).name());
    assertThat(data.get("organisations_added"))
        .extracting(row -> row.get("name"))
        .containsExactly("Leaver Consulting", "Shared Trust");
    assertThat(data.get("audit_entries"))
        .extracting(row -> row.get("action"))
        .containsExactly("tag.renamed", "member.deactivated");
  }

  @Test
  void exportForSomeoneUnknownIsEmpty() {
    assertThat(new MemberDataExport(jdbi).collect("U0NOBODY").values()).allMatch(List::isEmpty);
  }

  @Test
  void afterErasureNoTextColumnAnywhereHoldsTheirIdOrTheirWords() {
    MemberDataEraser.Erased erased = new MemberDataEraser(jdbi, clock).erase(LEAVER);

    assertThat(erased).isEqualTo(new MemberDataEraser.Erased(true, 2, 1, 1, 2, List.of()));
    assertThat(EveryTextColumn.all(jdbi)).hasSizeGreaterThan(20);
    for (String trace : List.of(LEAVER, ROLE, WORKING_ON, "Leaver Consulting")) {
      assertThat(EveryTextColumn.containing(jdbi, trace)).as(trace).isEmpty();
    }
  }

  @Test
  void erasureKeepsSharedRecordsAndOtherMembersWhole() {
    new MemberDataEraser(jdbi, clock).erase(LEAVER);

    assertThat(new ProfileStore(jdbi, clock).findByUserId(STAYER)).isPresent();
    assertThat(jdbi.onDemand(OrganisationRepository.class).listAll())
        .extracting(Organisation::name, Organisation::createdBy)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Shared Trust", null));
    List<AuditEntry> audit = jdbi.onDemand(AuditLog.class).latest(10);
    assertThat(audit)
        .extracting(AuditEntry::actor, AuditEntry::subject, AuditEntry::beforeValue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("U0ADMIN", "tag:9", null),
            org.assertj.core.groups.Tuple.tuple(
                "U0ADMIN", "member:" + MemberDataEraser.PLACEHOLDER, null),
            org.assertj.core.groups.Tuple.tuple(MemberDataEraser.PLACEHOLDER, "tag:7", "Old name"));
  }

  @Test
  void anAdminAddedInTheConsoleIsOneNoLongerOnceErasedAndTheirChangesKeepNoName() {
    NetworkAdmins admins = new NetworkAdmins(jdbi, clock);
    admins.add("U0ADMIN", LEAVER);
    admins.add(LEAVER, "U0NEWADMIN");
    new ProgrammeBreaks(jdbi, clock)
        .add(LEAVER, LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 3), "Christmas break");
    new SavedSettings(jdbi, clock).savePlaces(LEAVER, List.of("Liverpool", "Wirral"));
    List<Map<String, Object>> role = new MemberDataExport(jdbi).collect(LEAVER).get("admin_role");

    new MemberDataEraser(jdbi, clock).erase(LEAVER);

    assertThat(role)
        .singleElement()
        .satisfies(row -> assertThat(row).containsEntry("added_by", "U0ADMIN"));
    assertThat(admins.isAdmin(LEAVER)).isFalse();
    assertThat(admins.all())
        .extracting(NetworkAdmin::userId, NetworkAdmin::addedBy)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("U0NEWADMIN", null));
    assertThat(EveryTextColumn.containing(jdbi, LEAVER)).isEmpty();
    assertThat(jdbi.onDemand(AuditLog.class).latest(1))
        .extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::subject)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                MemberDataEraser.PLACEHOLDER,
                "settings.admin.remove",
                "admin:" + MemberDataEraser.PLACEHOLDER));
  }

  @Test
  void erasureSignsAnAdminOutOfTheConsoleAndKeepsNoTraceOfTheirSession() {
    ConsoleSessions sessions = new ConsoleSessions(jdbi);
    Instant now = clock.instant();
    sessions.open(
        "hash-of-their-cookie",
        new ConsoleSession(
            LEAVER, "SLACK", "Lee Vere", "csrf", now, now, now.plus(Duration.ofHours(8))));

    new MemberDataEraser(jdbi, clock).erase(LEAVER);

    assertThat(sessions.find("hash-of-their-cookie", now, Duration.ofMinutes(30))).isEmpty();
    assertThat(EveryTextColumn.containing(jdbi, LEAVER)).isEmpty();
    assertThat(EveryTextColumn.containing(jdbi, "Lee Vere")).isEmpty();
  }

  @Test
  void erasingSomeoneUnknownChangesNothing() {
    MemberDataEraser.Erased erased = new MemberDataEraser(jdbi, clock).erase("U0NOBODY");

    assertThat(erased.anything()).isFalse();
    assertThat(EveryTextColumn.containing(jdbi, LEAVER)).isNotEmpty();
  }
}
