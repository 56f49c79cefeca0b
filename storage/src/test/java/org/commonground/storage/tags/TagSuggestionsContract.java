package org.commonground.storage.tags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.commonground.storage.NameInUseException;
import org.commonground.storage.audit.AuditEntry;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.testing.LongestNames;
import org.commonground.storage.testing.MutableClock;
import org.commonground.storage.testing.Profiles;
import org.commonground.storage.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Members' suggestions and admins' decisions; on H2 and PostgreSQL. */
abstract class TagSuggestionsContract {

  @RegisterExtension final TestDatabase db = newDatabase();

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
  private TagSuggestions suggestions;
  private TagCatalogue catalogue;
  private ProfileStore profiles;
  private List<Tag> tags;

  abstract TestDatabase newDatabase();

  @BeforeEach
  void setUp() {
    var jdbi = db.database().jdbi();
    suggestions = new TagSuggestions(jdbi, clock, 5);
    catalogue = new TagCatalogue(jdbi, clock);
    profiles = new ProfileStore(jdbi, clock);
    tags = jdbi.onDemand(TagRepository.class).listActive();
    profiles.save(Profiles.draft("U1", "Wirral Council", List.of(tags.get(0).id()), List.of()));
  }

  @Test
  void storesOnePendingSuggestionPerMemberAndName() {
    TagSuggestion stored = suggestions.suggest("U1", "Fuel poverty").orElseThrow();

    assertThat(suggestions.suggest("U1", "fuel  poverty")).isEmpty();
    assertThat(suggestions.suggest("U2", "Fuel poverty")).isPresent();
    assertThat(stored.isPending()).isTrue();
    assertThat(stored.suggestedAt()).isEqualTo(clock.instant());
    assertThat(suggestions.pending()).hasSize(2).first().isEqualTo(stored);
  }

  @Test
  void aMemberHasAtMostThreeSuggestionsWaitingAndADecisionFreesAPlace() {
    long first = suggestions.suggest("U1", "Fuel poverty").orElseThrow().id();
    suggestions.suggest("U1", "Food banks").orElseThrow();
    suggestions.suggest("U1", "Warm spaces").orElseThrow();

    assertThatThrownBy(() -> suggestions.suggest("U1", "Loneliness"))
        .isInstanceOf(TooManySuggestionsException.class);
    assertThat(suggestions.suggest("U1", "food  BANKS")).isEmpty();
    assertThat(suggestions.suggest("U2", "Loneliness")).isPresent();

    suggestions.reject("U0ADMIN", first);
    assertThat(suggestions.suggest("U1", "Loneliness")).isPresent();
    assertThat(suggestions.pending()).hasSize(4);
  }

  @Test
  void approvingAddsTheTagToTheMembersChallengesAndAuditsBoth() {
    long id = suggestions.suggest("U1", "Fuel povrety").orElseThrow().id();

    TagSuggestions.Decision decision =
        suggestions
            .approve("U0ADMIN", id, "Fuel poverty", "Communities & places", "Warm homes.")
            .orElseThrow();

    Tag added = decision.tag().orElseThrow();
    assertThat(added.name()).isEqualTo("Fuel poverty");
    assertThat(decision.onProfile()).isTrue();
    assertThat(decision.suggestion().status()).isEqualTo(SuggestionStatus.APPROVED);
    assertThat(decision.suggestion().tagId()).isEqualTo(added.id());
    assertThat(challengesOf("U1")).contains("Fuel poverty");
    assertThat(catalogue.history(2))
        .extracting(AuditEntry::action)
        .containsExactly("tag.suggestion.approved", "tag.add");
    assertThat(suggestions.pending()).isEmpty();
    assertThat(suggestions.reject("U0OTHER", id)).isEmpty();
  }

  @Test
  void mergingGivesTheExistingTagButNeverPastTheMostChallenges() {
    profiles.save(Profiles.draft("U2", "Open Door", ids(0, 1, 2, 3, 4), List.of()));
    long first = suggestions.suggest("U1", "Lonely people").orElseThrow().id();
    long second = suggestions.suggest("U2", "Lonely people").orElseThrow().id();
    Tag loneliness = catalogue.findByName("Loneliness & isolation").orElseThrow();

    assertThat(suggestions.mergeInto("U0ADMIN", first, loneliness.id()).orElseThrow().onProfile())
        .isTrue();
    assertThat(suggestions.mergeInto("U0ADMIN", second, loneliness.id()).orElseThrow().onProfile())
        .isFalse();

    assertThat(challengesOf("U1")).contains("Loneliness & isolation");
    assertThat(challengesOf("U2")).hasSize(5).doesNotContain("Loneliness & isolation");
    assertThat(suggestions.find(first).orElseThrow().status()).isEqualTo(SuggestionStatus.MERGED);
  }

  @Test
  void rejectingChangesNoTags() {
    long id = suggestions.suggest("U1", "Parking").orElseThrow().id();

    TagSuggestions.Decision decision = suggestions.reject("U0ADMIN", id).orElseThrow();

    assertThat(decision.tag()).isEmpty();
    assertThat(decision.suggestion().decidedBy()).isEqualTo("U0ADMIN");
    assertThat(catalogue.findByName("Parking")).isEmpty();
    assertThat(catalogue.history(1).get(0).action()).isEqualTo("tag.suggestion.rejected");
  }

  @Test
  void approvingUnderATakenNameChangesNothing() {
    long id = suggestions.suggest("U1", "Homelessness").orElseThrow().id();

    assertThatThrownBy(() -> suggestions.approve("U0ADMIN", id, "Homelessness", "T", "D"))
        .isInstanceOf(NameInUseException.class);

    assertThat(suggestions.find(id).orElseThrow().isPending()).isTrue();
    assertThat(catalogue.history(5)).isEmpty();
  }

  @Test
  void storesAndApprovesTheLongestNamesWhoseKeysGrowMost() {
    List<String> names = LongestNames.of(LongestNames.TAG);
    long first = suggestions.suggest("U1", names.get(0)).orElseThrow().id();
    for (int i = 1; i < names.size(); i++) {
      suggestions.suggest("U" + (i + 1), names.get(i)).orElseThrow();
    }

    TagSuggestions.Decision decision =
        suggestions
            .approve("U0ADMIN", first, names.get(0), "Communities & places", "")
            .orElseThrow();

    assertThat(decision.tag().map(Tag::name)).contains(names.get(0));
    assertThat(catalogue.findByName(names.get(0))).isEqualTo(decision.tag());
    assertThat(suggestions.pending())
        .extracting(TagSuggestion::name)
        .containsExactlyInAnyOrderElementsOf(names.subList(1, names.size()));
  }

  private List<Integer> ids(int... indexes) {
    return java.util.Arrays.stream(indexes).mapToObj(i -> tags.get(i).id()).toList();
  }

  private List<String> challengesOf(String user) {
    return profiles.findByUserId(user).orElseThrow().challenges().stream().map(Tag::name).toList();
  }
}
