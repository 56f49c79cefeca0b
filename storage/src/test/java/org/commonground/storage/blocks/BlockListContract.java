package org.commonground.storage.blocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.storage.testing.ProfileDrafts.draft;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.commonground.storage.blocks.BlockList.BlockedOrganisation;
import org.commonground.storage.blocks.BlockList.BlockedPerson;
import org.commonground.storage.blocks.BlockList.Reason;
import org.commonground.storage.blocks.BlockList.Separation;
import org.commonground.storage.members.OrganisationChoice;
import org.commonground.storage.members.Profile;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.organisations.OrganisationCatalogue;
import org.commonground.storage.privacy.MemberDataEraser;
import org.commonground.storage.privacy.MemberDataExport;
import org.commonground.storage.rounds.DeclineRepository;
import org.commonground.storage.tags.TagRepository;
import org.commonground.storage.testing.MutableClock;
import org.commonground.storage.testing.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A member's block list; run on H2 and on PostgreSQL by the subclasses. */
abstract class BlockListContract {

  @RegisterExtension final TestDatabase db = newDatabase();

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
  private Jdbi jdbi;
  private ProfileStore store;
  private BlockList blocks;
  private Profile ada;
  private Profile bea;
  private Profile cal;

  abstract TestDatabase newDatabase();

  /** Ada is at the council; Bea and Cal both work at the trust. */
  @BeforeEach
  void setUp() {
    jdbi = db.database().jdbi();
    store = new ProfileStore(jdbi, clock);
    blocks = new BlockList(jdbi, clock);
    List<Integer> challenges = List.of(jdbi.onDemand(TagRepository.class).listActive().get(0).id());
    ada = store.save(draft("U0ADA", new OrganisationChoice.New("Council"), challenges)).profile();
    bea = store.save(draft("U0BEA", new OrganisationChoice.New("Trust"), challenges)).profile();
    long trust = bea.organisation().id();
    cal = store.save(draft("U0CAL", new OrganisationChoice.Existing(trust), challenges)).profile();
  }

  @Test
  void aBlockedPersonIsSeparatedBothWaysAndOnlyTheBlockerSeesIt() {
    assertThat(blocks.blockPerson(id(ada), "U0BEA")).isTrue();
    assertThat(blocks.blockPerson(id(ada), "U0BEA")).isFalse();

    assertThat(blocks.separated(id(ada), id(bea))).isTrue();
    assertThat(blocks.separated(id(bea), id(ada))).isTrue();
    assertThat(blocks.separated(id(ada), id(cal))).isFalse();
    assertThat(blocks.of(id(ada)).people())
        .containsExactly(new BlockedPerson("U0BEA", Reason.BLOCKED, clock.instant()));
    assertThat(blocks.of(id(bea)).people()).isEmpty();
  }

  @Test
  void aBlockMadeBeforeSomeoneJoinsHoldsOnceTheyDo() {
    blocks.blockPerson(id(ada), "U0DEV");
    assertThat(blocks.separations()).isEmpty();

    Profile dev =
        store
            .save(draft("U0DEV", new OrganisationChoice.New("Charity"), List.of(tagId())))
            .profile();

    assertThat(blocks.separated(id(dev), id(ada))).isTrue();
    assertThat(blocks.separations()).containsExactly(new Separation(id(ada), id(dev)));
  }

  @Test
  void anOrganisationBlockCoversEveryoneThereNowAndLater() {
    blocks.blockOrganisation(id(ada), bea.organisation().id());

    assertThat(blocks.separated(id(ada), id(bea))).isTrue();
    assertThat(blocks.separated(id(cal), id(ada))).isTrue();
    assertThat(blocks.separations())
        .containsExactlyInAnyOrder(
            new Separation(id(ada), id(bea)), new Separation(id(ada), id(cal)));
    assertThat(blocks.of(id(ada)).organisations())
        .containsExactly(
            new BlockedOrganisation(bea.organisation().id(), "Trust", clock.instant()));

    assertThat(blocks.unblockOrganisation(id(ada), bea.organisation().id())).isTrue();
    assertThat(blocks.separated(id(ada), id(bea))).isFalse();
    assertThat(blocks.separated(id(ada), id(cal))).isFalse();
    assertThat(blocks.unblockOrganisation(id(ada), bea.organisation().id())).isFalse();
  }

  @Test
  void notForMeShowsOnTheListAndUndoingItAllowsTheMatchAgain() {
    jdbi.onDemand(DeclineRepository.class).decline(id(ada), id(bea), clock.instant());
    clock.advance(Duration.ofDays(1));
    blocks.blockPerson(id(ada), "U0CAL");

    assertThat(blocks.of(id(ada)).people())
        .containsExactly(
            new BlockedPerson("U0CAL", Reason.BLOCKED, clock.instant()),
            new BlockedPerson(
                "U0BEA", Reason.NOT_FOR_ME, clock.instant().minus(Duration.ofDays(1))));
    assertThat(blocks.separated(id(bea), id(ada))).isTrue();

    assertThat(blocks.unblockPerson(id(ada), "U0BEA")).isTrue();
    assertThat(blocks.separated(id(bea), id(ada))).isFalse();
    assertThat(blocks.of(id(ada)).people())
        .extracting(BlockedPerson::userId)
        .containsExactly("U0CAL");
    assertThat(blocks.unblockPerson(id(ada), "U0BEA")).isFalse();
  }

  @Test
  void aDeclinedPersonWhoIsAlsoBlockedIsListedOnceAsBlocked() {
    jdbi.onDemand(DeclineRepository.class).decline(id(ada), id(bea), clock.instant());
    blocks.blockPerson(id(ada), "U0BEA");

    assertThat(blocks.of(id(ada)).people())
        .containsExactly(new BlockedPerson("U0BEA", Reason.BLOCKED, clock.instant()));
    assertThat(blocks.separations()).containsExactly(new Separation(id(ada), id(bea)));

    blocks.unblockPerson(id(ada), "U0BEA");
    assertThat(blocks.separations()).isEmpty();
  }

  @Test
  void aMergedOrganisationsBlocksMoveToTheOneItBecame() {
    Profile dev =
        store
            .save(draft("U0DEV", new OrganisationChoice.New("The Trust"), List.of(tagId())))
            .profile();
    blocks.blockOrganisation(id(ada), dev.organisation().id());
    blocks.blockOrganisation(id(cal), dev.organisation().id());
    blocks.blockOrganisation(id(cal), bea.organisation().id());

    new OrganisationCatalogue(jdbi, clock)
        .merge("U0ADMIN", dev.organisation().id(), bea.organisation().id());

    assertThat(blocks.of(id(ada)).organisations())
        .extracting(BlockedOrganisation::name)
        .containsExactly("Trust");
    assertThat(blocks.of(id(cal)).organisations()).hasSize(1);
    assertThat(blocks.separated(id(ada), id(dev))).isTrue();
  }

  @Test
  void theBlockersListIsExportedAndGoesWithThemButTheBlockedSeeNothing() {
    blocks.blockPerson(id(ada), "U0BEA");
    blocks.blockOrganisation(id(ada), bea.organisation().id());
    MemberDataExport export = new MemberDataExport(jdbi);

    assertThat(export.collect("U0ADA").get("blocked_people").get(0))
        .containsEntry("blocked", "U0BEA");
    assertThat(export.collect("U0ADA").get("blocked_organisations").get(0))
        .containsEntry("blocked", "Trust");
    assertThat(export.collect("U0BEA").get("blocked_people")).isEmpty();

    new MemberDataEraser(jdbi, clock).erase("U0ADA");
    assertThat(blocks.separations()).isEmpty();
  }

  private int tagId() {
    return jdbi.onDemand(TagRepository.class).listActive().get(0).id();
  }

  private static long id(Profile profile) {
    return profile.member().id();
  }
}
