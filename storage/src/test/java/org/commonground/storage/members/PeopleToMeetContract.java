package org.commonground.storage.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.storage.testing.ProfileDrafts.draft;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.commonground.storage.blocks.BlockList;
import org.commonground.storage.rounds.DeclineRepository;
import org.commonground.storage.tags.Tag;
import org.commonground.storage.tags.TagRepository;
import org.commonground.storage.testing.MutableClock;
import org.commonground.storage.testing.ProfileDrafts;
import org.commonground.storage.testing.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Whom "people like you" may name; run on H2 and on PostgreSQL by the subclasses. */
abstract class PeopleToMeetContract {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  @RegisterExtension final TestDatabase db = newDatabase();

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
  private Jdbi jdbi;
  private ProfileStore store;
  private PeopleToMeet people;
  private List<Tag> tags;
  private Profile me;

  abstract TestDatabase newDatabase();

  @BeforeEach
  void setUp() {
    jdbi = db.database().jdbi();
    store = new ProfileStore(jdbi, clock);
    people = new PeopleToMeet(jdbi, () -> ProfileDrafts.NOTICE_VERSION);
    tags = jdbi.onDemand(TagRepository.class).listActive();
    me = save("U0ME", "Knowsley Council", 0, 1);
  }

  @Test
  void findsSharedChallengesOnlyWithOtherOrganisations() {
    store.save(
        draft("U0COLLEAGUE", new OrganisationChoice.Existing(orgOf(me)), List.of(id(0), id(1))));
    Profile other = save("U0OTHER", "Open Door", 1, 2);

    PeopleToMeet.Sharing sharing = people.sharingChallengesWith(me.member().id(), TODAY);

    assertThat(sharing.rows()).extracting(MemberTagRow::memberId).containsOnly(memberId(other));
    assertThat(sharing.rows()).extracting(MemberTagRow::tagId).containsExactly(id(1));
    assertThat(sharing.holders()).containsEntry(id(1), 3).containsEntry(id(2), 1);
  }

  @Test
  void leavesOutWhoeverTheWeeklyRoundWouldLeaveOut() {
    MemberStatusRepository status = jdbi.onDemand(MemberStatusRepository.class);
    save("U0PAUSED", "Kindred", 0);
    status.setPausedUntil("U0PAUSED", TODAY, clock.instant());
    Profile pauseOver = save("U0BACK", "Juno", 0);
    status.setPausedUntil("U0BACK", TODAY.minusDays(1), clock.instant());
    save("U0NONE", "Plus Dane", 0);
    status.setMatchesPerWeek("U0NONE", 0, clock.instant());
    save("U0GONE", "Local Solutions", 0);
    status.updateFromSlack("U0GONE", true, "Gone", "");

    assertThat(otherMembers()).containsExactly(memberId(pauseOver));
  }

  @Test
  void leavesOutWhoeverHasNotAgreedToTheCurrentNoticeUntilTheyDo() {
    String current = "2026-12.0a1b2c3d";
    MemberConsent consent = new MemberConsent(jdbi, clock);
    consent.agree("U0ME", current);
    Profile agreed = save("U0AGREED", "Kindred", 0);
    consent.agree("U0AGREED", current);
    Profile earlier = save("U0EARLIER", "Juno", 0);
    PeopleToMeet onTheNewNotice = new PeopleToMeet(jdbi, () -> current);

    assertThat(otherMembers(onTheNewNotice)).containsExactly(memberId(agreed));

    consent.agree("U0EARLIER", current);
    assertThat(otherMembers(onTheNewNotice))
        .containsExactlyInAnyOrder(memberId(agreed), memberId(earlier));
    assertThat(otherMembers()).isEmpty();
  }

  @Test
  void leavesOutAnyoneSeparatedFromTheMemberEitherWay() {
    BlockList blocks = new BlockList(jdbi, clock);
    DeclineRepository declines = jdbi.onDemand(DeclineRepository.class);
    Profile iBlocked = save("U0IBLOCKED", "Kindred", 0);
    blocks.blockPerson(memberId(me), "U0IBLOCKED");
    Profile blockedMe = save("U0BLOCKEDME", "Juno", 0);
    blocks.blockPerson(memberId(blockedMe), "U0ME");
    Profile inOrgIBlocked = save("U0THEIRORG", "Plus Dane", 0);
    blocks.blockOrganisation(memberId(me), orgOf(inOrgIBlocked));
    Profile blockedMyOrg = save("U0BLOCKEDORG", "Local Solutions", 0);
    blocks.blockOrganisation(memberId(blockedMyOrg), orgOf(me));
    Profile iDeclined = save("U0IDECLINED", "Transform Lives", 0);
    declines.decline(memberId(me), memberId(iDeclined), clock.instant());
    Profile declinedMe = save("U0DECLINEDME", "Open Door", 0);
    declines.decline(memberId(declinedMe), memberId(me), clock.instant());
    Profile free = save("U0FREE", "Wirral Council", 0);

    assertThat(otherMembers()).containsExactly(memberId(free));

    blocks.unblockPerson(memberId(me), "U0IBLOCKED");
    assertThat(otherMembers()).containsExactlyInAnyOrder(memberId(free), memberId(iBlocked));
  }

  private List<Long> otherMembers() {
    return otherMembers(people);
  }

  private List<Long> otherMembers(PeopleToMeet finder) {
    return finder.sharingChallengesWith(memberId(me), TODAY).rows().stream()
        .map(MemberTagRow::memberId)
        .distinct()
        .toList();
  }

  private Profile save(String userId, String organisation, int... tagIndexes) {
    List<Integer> challenges = java.util.Arrays.stream(tagIndexes).mapToObj(this::id).toList();
    return store
        .save(draft(userId, new OrganisationChoice.New(organisation), challenges))
        .profile();
  }

  private int id(int tagIndex) {
    return tags.get(tagIndex).id();
  }

  private static long memberId(Profile profile) {
    return profile.member().id();
  }

  private static long orgOf(Profile profile) {
    return profile.organisation().id();
  }
}
