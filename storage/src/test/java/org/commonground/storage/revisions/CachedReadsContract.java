package org.commonground.storage.revisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.commonground.storage.members.ProfileChoices;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.organisations.Organisation;
import org.commonground.storage.organisations.OrganisationCatalogue;
import org.commonground.storage.privacy.MemberDataEraser;
import org.commonground.storage.tags.Tag;
import org.commonground.storage.tags.TagCatalogue;
import org.commonground.storage.tags.TagStatus;
import org.commonground.storage.tags.TagSuggestion;
import org.commonground.storage.tags.TagSuggestions;
import org.commonground.storage.testing.MutableClock;
import org.commonground.storage.testing.Profiles;
import org.commonground.storage.testing.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Tag lists, holder counts, pending suggestions and organisations are kept in memory, yet a change
 * made anywhere (through another replica's objects, or by plain SQL) shows at the next read; on H2
 * and PostgreSQL.
 */
abstract class CachedReadsContract {

  @RegisterExtension final TestDatabase db = newDatabase();

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
  private Jdbi jdbi;
  private TagCatalogue here;
  private TagCatalogue elsewhere;
  private ProfileStore profiles;

  abstract TestDatabase newDatabase();

  @BeforeEach
  void setUp() {
    jdbi = db.database().jdbi();
    here = new TagCatalogue(jdbi, clock);
    elsewhere = new TagCatalogue(jdbi, clock);
    profiles = new ProfileStore(jdbi, clock);
  }

  @Test
  void readsOnceWhileNothingChanges() {
    List<Tag> first = here.current();

    assertThat(here.current()).isSameAs(first);
    assertThat(here.holderCounts()).isSameAs(here.holderCounts());
  }

  @Test
  void aTagRenamedOnAnotherReplicaShowsAtOnce() {
    Tag homelessness = tagNamed("Homelessness");
    here.current();

    elsewhere.rename("U0ADMIN", homelessness.id(), "Homelessness prevention");

    assertThat(here.current()).extracting(Tag::name).contains("Homelessness prevention");
    assertThat(here.active()).extracting(Tag::name).doesNotContain("Homelessness");
  }

  @Test
  void aChangeMadeByPlainSqlShowsAtOnce() {
    Tag homelessness = tagNamed("Homelessness");
    here.current();

    jdbi.useHandle(
        h ->
            h.execute(
                "UPDATE tag SET description = 'Rough sleeping and more' WHERE id = ?",
                homelessness.id()));

    assertThat(tagNamed("Homelessness").description()).isEqualTo("Rough sleeping and more");
  }

  @Test
  void holderCountsFollowProfilesSavedAndErased() {
    int homelessness = tagNamed("Homelessness").id();
    assertThat(here.holderCounts()).doesNotContainKey(homelessness);

    profiles.save(Profiles.draft("U0ALICE", "Wirral Council", List.of(homelessness), List.of()));
    assertThat(here.holderCounts()).containsEntry(homelessness, 1);

    new MemberDataEraser(jdbi, clock).erase("U0ALICE");
    assertThat(here.holderCounts()).doesNotContainKey(homelessness);
  }

  @Test
  void aSuggestionMadeOnAnotherReplicaIsPendingAtOnce() {
    TagSuggestions suggestionsHere = new TagSuggestions(jdbi, clock, 5);
    assertThat(suggestionsHere.pending()).isEmpty();

    new TagSuggestions(jdbi, clock, 5).suggest("U0ALICE", "Fuel poverty");

    assertThat(suggestionsHere.pending()).extracting(TagSuggestion::name).contains("Fuel poverty");
  }

  @Test
  void theTagListingFollowsEachOfItsTables() {
    int homelessness = tagNamed("Homelessness").id();
    TagCatalogue.Listing before = here.listing();
    assertThat(here.listing()).isSameAs(before);

    new TagSuggestions(jdbi, clock, 5).suggest("U0ALICE", "Fuel poverty");
    assertThat(here.listing().pendingSuggestions()).isEqualTo(before.pendingSuggestions() + 1);

    profiles.save(Profiles.draft("U0ALICE", "Wirral Council", List.of(homelessness), List.of()));
    assertThat(here.listing().holders()).containsEntry(homelessness, 1);

    elsewhere.rename("U0ADMIN", homelessness, "Homelessness prevention");
    assertThat(here.listing().tags()).extracting(Tag::name).contains("Homelessness prevention");
  }

  @Test
  void profileChoicesFollowTagsAndOrganisations() {
    ProfileChoices choices = new ProfileChoices(jdbi, here, new OrganisationCatalogue(jdbi, clock));
    ProfileChoices.Choices before = choices.current();
    assertThat(choices.current()).isSameAs(before);

    profiles.save(Profiles.draft("U0ALICE", "Wirral Council", List.of(1), List.of()));
    assertThat(choices.current().organisations())
        .extracting(Organisation::name)
        .containsExactly("Wirral Council");

    elsewhere.setStatus("U0ADMIN", tagNamed("Homelessness").id(), TagStatus.RETIRED);
    assertThat(choices.current().tags()).extracting(Tag::name).doesNotContain("Homelessness");
  }

  @Test
  void anOrganisationAddedWithAProfileIsListedAtOnce() {
    OrganisationCatalogue organisations = new OrganisationCatalogue(jdbi, clock);
    assertThat(organisations.list()).isEmpty();

    profiles.save(Profiles.draft("U0ALICE", "Wirral Council", List.of(1), List.of()));

    assertThat(organisations.list())
        .extracting(Organisation::name)
        .containsExactly("Wirral Council");
  }

  private Tag tagNamed(String name) {
    return here.current().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }
}
