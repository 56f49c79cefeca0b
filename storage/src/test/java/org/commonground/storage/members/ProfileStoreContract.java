package org.commonground.storage.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.commonground.storage.NameKey;
import org.commonground.storage.organisations.OrganisationRepository;
import org.commonground.storage.organisations.Sector;
import org.commonground.storage.tags.Tag;
import org.commonground.storage.tags.TagRepository;
import org.commonground.storage.tags.TagSuggestion;
import org.commonground.storage.tags.TagSuggestions;
import org.commonground.storage.tags.TooManySuggestionsException;
import org.commonground.storage.testing.MutableClock;
import org.commonground.storage.testing.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Profile storage behaviour; run on H2 and on PostgreSQL by the subclasses. */
abstract class ProfileStoreContract {

  @RegisterExtension final TestDatabase db = newDatabase();

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
  private Jdbi jdbi;
  private ProfileStore store;
  private List<Tag> tags;

  abstract TestDatabase newDatabase();

  @BeforeEach
  void setUp() {
    jdbi = db.database().jdbi();
    store = new ProfileStore(jdbi, clock.withZone(ZoneOffset.UTC));
    tags = jdbi.onDemand(TagRepository.class).listActive();
  }

  @Test
  void startsWithTheStarterTaxonomyUnderSevenThemes() {
    assertThat(tags).hasSizeBetween(25, 45);
    assertThat(tags.stream().map(Tag::theme).distinct())
        .containsExactly(
            "Children & families",
            "Adults & health",
            "Communities & places",
            "Work & money",
            "Data & digital",
            "Workforce",
            "Ways of working");
    assertThat(tags).allSatisfy(tag -> assertThat(tag.description()).isNotBlank());
  }

  @Test
  void starterTagKeysFollowTheNameRule() {
    List<String> keys =
        jdbi.withHandle(h -> h.createQuery("SELECT name_key FROM tag").mapTo(String.class).list());
    assertThat(keys)
        .containsExactlyInAnyOrderElementsOf(
            tags.stream().map(tag -> NameKey.of(tag.name())).collect(Collectors.toList()));
  }

  @Test
  void firstSaveCreatesTheMemberTheirNewOrganisationAndTags() {
    ProfileStore.Saved saved =
        store.save(draft("U1", new OrganisationChoice.New("  Wirral Council "), tagIds(0, 1)));

    assertThat(saved.firstIntroduction()).isTrue();
    Profile profile = saved.profile();
    assertThat(profile.organisation().name()).isEqualTo("Wirral Council");
    assertThat(profile.organisation().reviewed()).isFalse();
    assertThat(profile.organisation().sector()).isEqualTo(Sector.LOCAL_AUTHORITY);
    assertThat(profile.challenges())
        .extracting(Tag::id)
        .containsExactlyInAnyOrder(tagIds(0, 1).toArray(Integer[]::new));
    assertThat(profile.offers()).extracting(Tag::id).containsExactly(tags.get(5).id());
    assertThat(profile.member().consentedAt()).isEqualTo(clock.instant());
  }

  @Test
  void savingAgainUpdatesInPlaceAndReplacesTags() {
    store.save(draft("U1", new OrganisationChoice.New("Wirral Council"), tagIds(0, 1)));
    clock.advance(Duration.ofDays(2));

    ProfileStore.Saved again =
        store.save(draft("U1", new OrganisationChoice.New("wirral  council"), tagIds(2)));

    assertThat(again.firstIntroduction()).isFalse();
    assertThat(again.profile().challenges()).extracting(Tag::id).containsExactly(tags.get(2).id());
    assertThat(jdbi.onDemand(MemberRepository.class).count()).isEqualTo(1);
    assertThat(jdbi.onDemand(OrganisationRepository.class).count()).isEqualTo(1);
  }

  @Test
  void consentIsRestampedOnlyForANewNoticeVersion() {
    Instant first = clock.instant();
    store.save(draft("U1", new OrganisationChoice.New("Sefton Council"), tagIds(0)));
    clock.advance(Duration.ofDays(1));
    store.save(draft("U1", new OrganisationChoice.New("Sefton Council"), tagIds(0)));
    assertThat(store.findByUserId("U1").orElseThrow().member().consentedAt()).isEqualTo(first);

    clock.advance(Duration.ofDays(1));
    ProfileDraft newNotice =
        withNotice(draft("U1", new OrganisationChoice.New("Sefton Council"), tagIds(0)), "v2");
    store.save(newNotice);

    Member member = store.findByUserId("U1").orElseThrow().member();
    assertThat(member.consentNoticeVersion()).isEqualTo("v2");
    assertThat(member.consentedAt()).isEqualTo(clock.instant());
  }

  @Test
  void keepsTextOutsideAsciiIntact() {
    ProfileDraft draft =
        draft("U1", new OrganisationChoice.New("Cyngor Gwynedd – Siân's team"), tagIds(0));
    store.save(draft);

    Profile profile = store.findByUserId("U1").orElseThrow();
    assertThat(profile.organisation().name()).isEqualTo("Cyngor Gwynedd – Siân's team");
  }

  @Test
  void aSuggestionIsStoredWithTheProfileOnceAndOnlyWhenNew() {
    ProfileStore.Saved first =
        store.save(
            draft("U1", new OrganisationChoice.New("Wirral Council"), tagIds(0)),
            Optional.of("Fuel poverty"));
    ProfileStore.Saved again =
        store.save(
            draft("U1", new OrganisationChoice.New("Wirral Council"), tagIds(0)),
            Optional.of("fuel  POVERTY"));

    assertThat(first.suggestion().map(TagSuggestion::name)).contains("Fuel poverty");
    assertThat(first.suggestion().map(TagSuggestion::suggestedBy)).contains("U1");
    assertThat(again.suggestion()).isEmpty();
    assertThat(pendingSuggestions()).hasSize(1);
  }

  @Test
  void aSaveSaysWhetherTheProfileChanged() {
    ProfileDraft draft = draft("U1", new OrganisationChoice.New("Wirral Council"), tagIds(0, 1));
    assertThat(store.save(draft).changed()).isTrue();

    assertThat(store.save(draft, Optional.of("Fuel poverty")).changed()).isFalse();
    assertThat(
            store
                .save(draft("U1", new OrganisationChoice.New("wirral council"), tagIds(1, 0)))
                .changed())
        .isFalse();
    assertThat(
            store
                .save(draft("U1", new OrganisationChoice.New("Wirral Council"), tagIds(0, 2)))
                .changed())
        .isTrue();
    assertThat(store.save(withNotice(draft, "v2")).changed()).isTrue();
  }

  @Test
  void overTheCapOnSuggestionsNothingIsSaved() {
    ProfileDraft draft = draft("U1", new OrganisationChoice.New("Wirral Council"), tagIds(0));
    for (String name : List.of("Fuel poverty", "Food banks", "Warm spaces")) {
      store.save(draft, Optional.of(name));
    }

    ProfileDraft changed = draft("U1", new OrganisationChoice.New("Wirral Council"), tagIds(2));
    assertThatThrownBy(() -> store.save(changed, Optional.of("Loneliness")))
        .isInstanceOf(TooManySuggestionsException.class);

    assertThat(store.findByUserId("U1").orElseThrow().challenges())
        .extracting(Tag::id)
        .containsExactly(tags.get(0).id());
    assertThat(pendingSuggestions()).hasSize(3);
  }

  @Test
  void concurrentSavesOfOneMemberKeepToTheCapOnSuggestions() throws Exception {
    ProfileDraft draft = draft("U1", new OrganisationChoice.New("Wirral Council"), tagIds(0));
    store.save(draft);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> saves = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        String name = "Suggestion number " + i;
        saves.add(
            () -> {
              try {
                return store.save(draft, Optional.of(name)).suggestion().isPresent();
              } catch (TooManySuggestionsException e) {
                return false;
              }
            });
      }
      int stored = 0;
      for (var save : pool.invokeAll(saves)) {
        stored += save.get() ? 1 : 0;
      }
      assertThat(stored).isEqualTo(TagSuggestions.PENDING_PER_MEMBER);
    } finally {
      pool.shutdownNow();
    }
    assertThat(pendingSuggestions()).hasSize(3);
  }

  @Test
  void whenTheSuggestionCannotBeStoredTheProfileIsNotSavedEither() {
    // A constraint no row can meet makes the suggestion, the last write, fail.
    jdbi.useHandle(
        h -> h.execute("ALTER TABLE tag_suggestion ADD CONSTRAINT refuse_all CHECK (id < 0)"));

    assertThatThrownBy(
            () ->
                store.save(
                    draft("U1", new OrganisationChoice.New("Wirral Council"), tagIds(0)),
                    Optional.of("Fuel poverty")))
        .hasMessageContaining("refuse_all");

    assertThat(store.findByUserId("U1")).isEmpty();
    assertThat(jdbi.onDemand(OrganisationRepository.class).findByName("wirral council")).isEmpty();
  }

  @Test
  void findsTheMemberAloneByUserId() {
    assertThat(store.findMember("U1")).isEmpty();

    store.save(draft("U1", new OrganisationChoice.New("Wirral Council"), tagIds(0)));

    assertThat(store.findMember("U1")).contains(store.findByUserId("U1").orElseThrow().member());
  }

  private List<Integer> tagIds(int... indexes) {
    return java.util.Arrays.stream(indexes).mapToObj(i -> tags.get(i).id()).toList();
  }

  private ProfileDraft draft(
      String user, OrganisationChoice organisation, List<Integer> challenges) {
    return new ProfileDraft(
        user,
        organisation,
        Sector.LOCAL_AUTHORITY,
        "Commissioning manager",
        "Wirral",
        "Redesigning early help with families",
        1,
        challenges,
        List.of(tags.get(5).id()),
        List.of(),
        true,
        "v1");
  }

  private static ProfileDraft withNotice(ProfileDraft d, String version) {
    return new ProfileDraft(
        d.userId(),
        d.organisation(),
        d.sector(),
        d.role(),
        d.place(),
        d.workingOn(),
        d.matchesPerWeek(),
        d.challengeIds(),
        d.offerIds(),
        d.askIds(),
        d.shareInChannel(),
        version);
  }

  private List<TagSuggestion> pendingSuggestions() {
    // How many challenges a profile may hold plays no part in which suggestions wait.
    return new TagSuggestions(jdbi, clock, Integer.MAX_VALUE).pending();
  }
}
