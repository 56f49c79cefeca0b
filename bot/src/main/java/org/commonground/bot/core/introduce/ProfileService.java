package org.commonground.bot.core.introduce;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.commonground.bot.config.Settings;
import org.commonground.bot.core.consent.PrivacyNotice;
import org.commonground.bot.core.views.FormValues;
import org.commonground.storage.NameKey;
import org.commonground.storage.members.Profile;
import org.commonground.storage.members.ProfileChoices;
import org.commonground.storage.members.ProfileDraft;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.organisations.Organisation;
import org.commonground.storage.tags.Tag;
import org.commonground.storage.tags.TagAlias;
import org.commonground.storage.tags.TagCatalogue;

/** What a member's profile form starts from, and checking and saving what they submit. */
public final class ProfileService {

  private final TagCatalogue tags;
  private final ProfileChoices choices;
  private final ProfileStore profiles;
  private final Settings settings;
  private final Supplier<List<String>> places;
  private final PrivacyNotice notice;

  /**
   * @param places the places offered now, read afresh for every form so that a list an admin saved
   *     is offered at once
   */
  public ProfileService(
      TagCatalogue tags,
      ProfileChoices choices,
      ProfileStore profiles,
      Settings settings,
      Supplier<List<String>> places,
      PrivacyNotice notice) {
    this.tags = tags;
    this.choices = choices;
    this.profiles = profiles;
    this.settings = settings;
    this.places = places;
    this.notice = notice;
  }

  /** The privacy notice the form asks members to agree to, as it stands now. */
  public PrivacyNotice notice() {
    return notice.current();
  }

  /** What a form for a member starts from, on any platform: the choices offered now, and theirs. */
  public record FormStart(
      List<Tag> tags,
      List<Organisation> organisations,
      List<String> places,
      Optional<Profile> existing,
      Optional<String> introChannel) {}

  public FormStart formFor(String userId) {
    ProfileChoices.Choices now = choices.current();
    return new FormStart(
        now.tags(),
        now.organisations(),
        places.get(),
        profiles.findByUserId(userId),
        settings.introChannel());
  }

  /** Active tags whose names contain the typed text, for the typeahead past 100 tags. */
  public List<Tag> searchTags(String typed, int limit) {
    String key = NameKey.of(Optional.ofNullable(typed).orElse(""));
    return choices.current().tags().stream()
        .filter(t -> NameKey.of(t.name()).contains(key))
        .limit(limit)
        .toList();
  }

  /** Checks a submission against the tags, organisations and places offered right now. */
  public ProfileForm.Outcome check(String userId, FormValues values) {
    ProfileChoices.Choices now = choices.current();
    List<Tag> active = now.tags();
    Set<Integer> tagIds = active.stream().map(Tag::id).collect(Collectors.toSet());
    Set<Long> organisationIds =
        now.organisations().stream().map(Organisation::id).collect(Collectors.toSet());
    ProfileForm form =
        new ProfileForm(
            new ProfileForm.Choices(tagIds, tagNamesByKey(active), organisationIds, places.get()),
            notice.version());
    return form.read(userId, values);
  }

  /** Saves the profile and the challenge suggested with it, if any, together. */
  public ProfileStore.Saved save(ProfileDraft draft, Optional<String> suggestion) {
    return profiles.save(draft, suggestion);
  }

  /** Organisations whose names contain the typed text, for the picker past 100 organisations. */
  public List<Organisation> searchOrganisations(String typed, int limit) {
    String key = NameKey.of(Optional.ofNullable(typed).orElse(""));
    return choices.current().organisations().stream()
        .filter(o -> NameKey.of(o.name()).contains(key))
        .limit(limit)
        .toList();
  }

  /** Names and former names of the active tags, by name key, to spot a suggestion already met. */
  private Map<String, String> tagNamesByKey(List<Tag> active) {
    Map<Integer, String> names = new HashMap<>();
    active.forEach(tag -> names.put(tag.id(), tag.name()));
    Map<String, String> byKey = new HashMap<>();
    names.values().forEach(name -> byKey.put(NameKey.of(name), name));
    for (TagAlias alias : tags.aliases()) {
      if (names.containsKey(alias.tagId())) {
        byKey.putIfAbsent(alias.nameKey(), names.get(alias.tagId()));
      }
    }
    return byKey;
  }
}
