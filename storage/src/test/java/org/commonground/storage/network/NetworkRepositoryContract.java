package org.commonground.storage.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.storage.testing.ProfileDrafts.draft;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.commonground.storage.members.MemberStatus;
import org.commonground.storage.members.OrganisationChoice;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.organisations.Sector;
import org.commonground.storage.tags.Tag;
import org.commonground.storage.tags.TagRepository;
import org.commonground.storage.testing.MutableClock;
import org.commonground.storage.testing.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The admins' view of the network; run on H2 and on PostgreSQL by the subclasses. */
abstract class NetworkRepositoryContract {

  @RegisterExtension final TestDatabase db = newDatabase();

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));

  abstract TestDatabase newDatabase();

  @Test
  void countsActiveMembersSectorsAndWhoHoldsWhichChallenge() {
    Jdbi jdbi = db.database().jdbi();
    List<Tag> tags = jdbi.onDemand(TagRepository.class).listActive();
    ProfileStore store = new ProfileStore(jdbi, clock);
    long council =
        store
            .save(draft("U1", new OrganisationChoice.New("Sefton Council"), ids(tags, 0, 1)))
            .profile()
            .organisation()
            .id();
    clock.advance(Duration.ofHours(1));
    store.save(draft("U2", new OrganisationChoice.Existing(council), ids(tags, 0)));
    clock.advance(Duration.ofHours(1));
    store.save(draft("U3", new OrganisationChoice.New("Open Door"), ids(tags, 0, 2)));
    new MemberStatus(jdbi).updateFromSlack("U3", true, null, null);
    NetworkRepository network = jdbi.onDemand(NetworkRepository.class);

    assertThat(network.membersBySector())
        .containsExactly(new SectorCount(Sector.LOCAL_AUTHORITY, 2));
    assertThat(network.newestMembers(5)).extracting(NewMember::userId).containsExactly("U2", "U1");
    assertThat(network.challenges())
        .containsExactly(
            new ChallengeCount(tags.get(0).name(), 2, 1),
            new ChallengeCount(tags.get(1).name(), 1, 1));
    assertThat(network.organisationsWithMembers()).isEqualTo(1);
  }

  private static List<Integer> ids(List<Tag> tags, int... indexes) {
    return java.util.Arrays.stream(indexes).mapToObj(i -> tags.get(i).id()).toList();
  }
}
