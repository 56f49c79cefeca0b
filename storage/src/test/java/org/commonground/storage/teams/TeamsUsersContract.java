package org.commonground.storage.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.commonground.storage.members.MemberStatus;
import org.commonground.storage.members.OrganisationChoice;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.tags.TagRepository;
import org.commonground.storage.testing.MutableClock;
import org.commonground.storage.testing.ProfileDrafts;
import org.commonground.storage.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Where Teams people are reached; run on H2 and on PostgreSQL by the subclasses. */
abstract class TeamsUsersContract {

  private static final String OBJECT_ID = "6a1f4b2c-9d3e-4f5a-8b7c-0d1e2f3a4b5c";

  @RegisterExtension final TestDatabase db = newDatabase();

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));
  private TeamsUsers users;

  abstract TestDatabase newDatabase();

  @BeforeEach
  void setUp() {
    users = new TeamsUsers(db.database().jdbi(), clock);
  }

  @Test
  void anInstallationIsFoundAgainWithEverythingTeamsGave() {
    TeamsUser alice = user("a:1personal-chat", "alice@nhs.net", true);
    users.remember(alice);

    assertThat(users.find(OBJECT_ID)).contains(alice);
    assertThat(users.find("someone-else")).isEmpty();
  }

  @Test
  void aPersonIsFoundByTheIdTeamsMentionsThemBy() {
    TeamsUser alice = user("a:1personal-chat", "alice@nhs.net", true);
    users.remember(alice);

    assertThat(users.findByBotUserId(alice.botUserId())).contains(alice);
    assertThat(users.findByBotUserId("29:1someone-else")).isEmpty();
  }

  @Test
  void aReinstallReplacesTheChat() {
    users.remember(user("a:1first-chat", null, true));
    users.remember(user("a:1second-chat", "alice@nhs.net", true));

    assertThat(users.find(OBJECT_ID).orElseThrow().conversationId()).isEqualTo("a:1second-chat");
  }

  @Test
  void someoneWhoRemovesTheAppBeforeIntroducingThemselvesIsForgotten() {
    users.remember(user("a:1chat", "alice@nhs.net", true));

    assertThat(users.uninstalled(OBJECT_ID)).isEqualTo(TeamsUsers.Removal.FORGOTTEN);
    assertThat(users.find(OBJECT_ID)).isEmpty();
    assertThat(users.uninstalled("never-installed")).isEqualTo(TeamsUsers.Removal.UNKNOWN);
  }

  @Test
  void onlyTheFirstOfTwoNoticesOfOneInstallationCountsAsInstalling() {
    assertThat(users.remember(user("a:1chat", null, true))).isTrue();
    assertThat(users.remember(user("a:1chat", null, true))).isFalse();
  }

  @Test
  void removingTheAppPausesTheMemberAndReinstallingResumesThem() {
    ProfileStore profiles = new ProfileStore(db.database().jdbi(), clock);
    int tag = db.database().jdbi().onDemand(TagRepository.class).listActive().get(0).id();
    profiles.save(
        ProfileDrafts.draft(OBJECT_ID, new OrganisationChoice.New("Halton Council"), List.of(tag)),
        java.util.Optional.empty());
    users.remember(user("a:1chat", null, true));

    assertThat(users.uninstalled(OBJECT_ID)).isEqualTo(TeamsUsers.Removal.PAUSED);

    assertThat(users.find(OBJECT_ID).orElseThrow().installed()).isFalse();
    assertThat(pausedUntil(profiles)).isEqualTo(MemberStatus.UNTIL_RESUMED);
    assertThat(users.remember(user("a:1new-chat", null, true))).isTrue();
    assertThat(pausedUntil(profiles)).isNull();
  }

  private static LocalDate pausedUntil(ProfileStore profiles) {
    return profiles.findByUserId(OBJECT_ID).orElseThrow().member().pausedUntil();
  }

  @Test
  void theLongestIdsTeamsSendsFit() {
    // Personal chat ids are "a:" and a long opaque string; service URLs carry a region path.
    TeamsUser longest =
        new TeamsUser(
            OBJECT_ID,
            "29:" + "x".repeat(253),
            "f".repeat(64),
            "https://smba.trafficmanager.net/" + "r".repeat(480),
            "a:" + "c".repeat(254),
            "N".repeat(200),
            "e".repeat(240) + "@example.org",
            true);
    users.remember(longest);

    assertThat(users.find(OBJECT_ID)).contains(longest);
  }

  @Test
  void peopleWhoNeverIntroducedThemselvesAreForgottenOnceTheCutoffPassesThem() {
    users.remember(user("a:1chat", "alice@nhs.net", true));
    clock.advance(Duration.ofDays(31));
    Instant cutoff = clock.instant().minus(Duration.ofDays(30));

    assertThat(users.forgetUnintroducedBefore(cutoff)).isEqualTo(1);
    assertThat(users.find(OBJECT_ID)).isEmpty();
  }

  @Test
  void aMemberIsNeverForgottenForBeingQuiet() {
    ProfileStore profiles = new ProfileStore(db.database().jdbi(), clock);
    int tag = db.database().jdbi().onDemand(TagRepository.class).listActive().get(0).id();
    profiles.save(
        ProfileDrafts.draft(OBJECT_ID, new OrganisationChoice.New("Halton Council"), List.of(tag)),
        java.util.Optional.empty());
    users.remember(user("a:1chat", "alice@nhs.net", true));
    clock.advance(Duration.ofDays(31));

    assertThat(users.forgetUnintroducedBefore(clock.instant())).isZero();
    assertThat(users.find(OBJECT_ID)).isPresent();
  }

  @Test
  void forgettingRemovesThePerson() {
    users.remember(user("a:1chat", "alice@nhs.net", true));
    users.forget(OBJECT_ID);

    assertThat(users.find(OBJECT_ID)).isEmpty();
  }

  private static TeamsUser user(String conversationId, String email, boolean installed) {
    return new TeamsUser(
        OBJECT_ID,
        "29:1abcdef",
        "72f988bf-86f1-41af-91ab-2d7cd011db47",
        "https://smba.trafficmanager.net/uk/",
        conversationId,
        "Alice Example",
        email,
        installed);
  }
}
