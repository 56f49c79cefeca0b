package org.commonground.bot.core.introduce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonground.bot.core.views.FormValues;
import org.commonground.bot.core.views.HiddenCharacters;
import org.commonground.storage.NameKey;
import org.commonground.storage.members.OrganisationChoice;
import org.commonground.storage.members.ProfileDraft;
import org.commonground.storage.organisations.Sector;

/**
 * Turns a submitted profile modal into a {@link ProfileDraft}, or into friendly messages keyed by
 * the block they belong to, which Slack shows under the offending field.
 */
public final class ProfileForm {

  /** What the submitted values are checked against. */
  record Choices(
      Set<Integer> activeTagIds,
      Map<String, String> tagNamesByKey,
      Set<Long> organisationIds,
      List<String> places) {}

  /**
   * Either a draft ready to save, with the challenge the member suggested if any, or the errors to
   * show; never both.
   */
  public record Outcome(
      Optional<ProfileDraft> draft, Map<String, String> errors, Optional<String> suggestion) {}

  private final Choices choices;
  private final String noticeVersion;

  /** A form whose consent box agrees to privacy notice {@code noticeVersion}. */
  ProfileForm(Choices choices, String noticeVersion) {
    this.choices = choices;
    this.noticeVersion = noticeVersion;
  }

  Outcome read(String userId, FormValues values) {
    Map<String, String> errors = new LinkedHashMap<>();
    Optional<OrganisationChoice> organisation = organisation(values, errors);
    Optional<Sector> sector =
        values
            .selected(ProfileFields.SECTOR_FIELD, ProfileFields.SECTOR_INPUT)
            .flatMap(Sector::fromCode);
    if (sector.isEmpty()) {
      errors.put(ProfileFields.SECTOR_FIELD, ProfileLabels.SECTOR_MISSING);
    }
    String role = values.text(ProfileFields.ROLE_FIELD, ProfileFields.ROLE_INPUT);
    if (checkShown(errors, ProfileFields.ROLE_FIELD, role, false)) {
      checkLength(errors, ProfileFields.ROLE_FIELD, role, 2, ProfileFields.ROLE_MAX, "your role");
    }
    Optional<String> place =
        values
            .selected(ProfileFields.PLACE_FIELD, ProfileFields.PLACE_INPUT)
            .filter(choices.places()::contains);
    if (place.isEmpty()) {
      errors.put(ProfileFields.PLACE_FIELD, ProfileLabels.PLACE_MISSING);
    }
    List<Integer> challenges =
        tags(
            values,
            ProfileFields.CHALLENGES_FIELD,
            ProfileFields.CHALLENGES_INPUT,
            1,
            ProfileFields.MAX_CHALLENGES,
            errors);
    String workingOn = values.text(ProfileFields.WORKING_ON_FIELD, ProfileFields.WORKING_ON_INPUT);
    if (checkShown(errors, ProfileFields.WORKING_ON_FIELD, workingOn, true)) {
      checkLength(
          errors,
          ProfileFields.WORKING_ON_FIELD,
          workingOn,
          0,
          ProfileFields.WORKING_ON_MAX,
          "what you're working on");
    }
    Optional<String> suggestion = suggestion(values, errors);
    List<Integer> offers =
        tags(
            values,
            ProfileFields.OFFERS_FIELD,
            ProfileFields.OFFERS_INPUT,
            0,
            ProfileFields.MAX_OFFERS_OR_ASKS,
            errors);
    List<Integer> asks =
        tags(
            values,
            ProfileFields.ASKS_FIELD,
            ProfileFields.ASKS_INPUT,
            0,
            ProfileFields.MAX_OFFERS_OR_ASKS,
            errors);
    Optional<Integer> matches = matchesPerWeek(values);
    if (matches.isEmpty()) {
      errors.put(ProfileFields.MATCHES_FIELD, ProfileLabels.MATCHES_MISSING);
    }
    boolean consented =
        values
            .selectedMany(ProfileFields.CONSENT_FIELD, ProfileFields.CONSENT_INPUT)
            .contains(ProfileFields.CONSENT_VALUE);
    if (!consented) {
      errors.put(ProfileFields.CONSENT_FIELD, ProfileLabels.CONSENT_MISSING);
    }
    if (!errors.isEmpty()) {
      return new Outcome(Optional.empty(), errors, Optional.empty());
    }
    boolean share =
        values
            .selectedMany(ProfileFields.SHARE_FIELD, ProfileFields.SHARE_INPUT)
            .contains(ProfileFields.SHARE_VALUE);
    ProfileDraft draft =
        new ProfileDraft(
            userId,
            organisation.orElseThrow(),
            sector.orElseThrow(),
            role,
            place.orElseThrow(),
            workingOn.isEmpty() ? null : workingOn,
            matches.orElseThrow(),
            challenges,
            offers,
            asks,
            share,
            noticeVersion);
    return new Outcome(Optional.of(draft), Map.of(), suggestion);
  }

  /** A suggestion of a tag that exists already is pointed at it instead. */
  private Optional<String> suggestion(FormValues values, Map<String, String> errors) {
    String raw = values.text(ProfileFields.SUGGESTION_FIELD, ProfileFields.SUGGESTION_INPUT);
    if (raw.isEmpty() || !checkShown(errors, ProfileFields.SUGGESTION_FIELD, raw, false)) {
      return Optional.empty();
    }
    String typed = raw.replaceAll("\\s+", " ");
    if (!checkLength(
        errors,
        ProfileFields.SUGGESTION_FIELD,
        typed,
        0,
        ProfileFields.SUGGESTION_MAX,
        "your suggestion")) {
      return Optional.empty();
    }
    String key = NameKey.of(typed);
    if (key.length() < 2) {
      errors.put(ProfileFields.SUGGESTION_FIELD, "Please name the challenge in a word or two.");
    } else if (choices.tagNamesByKey().containsKey(key)) {
      errors.put(
          ProfileFields.SUGGESTION_FIELD,
          "“" + choices.tagNamesByKey().get(key) + "” is in the list already: pick it above.");
    }
    return Optional.of(typed);
  }

  private Optional<OrganisationChoice> organisation(FormValues values, Map<String, String> errors) {
    Optional<Long> picked =
        values
            .selected(ProfileFields.ORGANISATION_FIELD, ProfileFields.ORGANISATION_INPUT)
            .flatMap(ProfileForm::parseLong);
    String typed =
        values.text(ProfileFields.NEW_ORGANISATION_FIELD, ProfileFields.NEW_ORGANISATION_INPUT);
    if (picked.isPresent() && !typed.isEmpty()) {
      errors.put(
          ProfileFields.NEW_ORGANISATION_FIELD,
          "You picked an organisation from the list and typed one: clear one of them.");
      return Optional.empty();
    }
    if (picked.isPresent()) {
      if (!choices.organisationIds().contains(picked.get())) {
        errors.put(
            ProfileFields.ORGANISATION_FIELD,
            "That organisation is no longer listed: pick it again.");
        return Optional.empty();
      }
      return Optional.of(new OrganisationChoice.Existing(picked.get()));
    }
    if (typed.isEmpty()) {
      errors.put(ProfileFields.NEW_ORGANISATION_FIELD, "Tell us which organisation you work for.");
      return Optional.empty();
    }
    if (!checkShown(errors, ProfileFields.NEW_ORGANISATION_FIELD, typed, false)
        || !checkLength(
            errors,
            ProfileFields.NEW_ORGANISATION_FIELD,
            typed,
            2,
            ProfileFields.ORGANISATION_NAME_MAX,
            "the name")) {
      return Optional.empty();
    }
    return Optional.of(new OrganisationChoice.New(typed));
  }

  private List<Integer> tags(
      FormValues values,
      String block,
      String action,
      int min,
      int max,
      Map<String, String> errors) {
    List<Integer> ids = new ArrayList<>();
    for (String value : values.selectedMany(block, action)) {
      Optional<Integer> id =
          parseLong(value).filter(l -> l <= Integer.MAX_VALUE).map(Long::intValue);
      if (id.isEmpty() || !choices.activeTagIds().contains(id.get())) {
        errors.put(block, "One of these is no longer offered: please pick again.");
        return List.of();
      }
      if (!ids.contains(id.get())) {
        ids.add(id.get());
      }
    }
    if (ids.size() < min) {
      errors.put(block, ProfileLabels.CHALLENGES_MISSING);
    } else if (ids.size() > max) {
      errors.put(block, "Pick at most " + max + ", the ones that matter most to you now.");
    }
    return ids;
  }

  private static Optional<Integer> matchesPerWeek(FormValues values) {
    return values
        .selected(ProfileFields.MATCHES_FIELD, ProfileFields.MATCHES_INPUT)
        .flatMap(ProfileForm::parseLong)
        .filter(n -> n >= 0 && n <= 3)
        .map(Long::intValue);
  }

  /**
   * Refuses characters that can't be seen but change what is seen; see {@link HiddenCharacters}.
   */
  private static boolean checkShown(
      Map<String, String> errors, String block, String text, boolean multiLine) {
    Optional<String> complaint = HiddenCharacters.complaint("This", text, multiLine);
    complaint.ifPresent(c -> errors.put(block, c));
    return complaint.isEmpty();
  }

  private static boolean checkLength(
      Map<String, String> errors, String block, String text, int min, int max, String what) {
    if (text.length() > max) {
      errors.put(
          block,
          "Please keep " + what + " to " + max + " characters (it has " + text.length() + ").");
      return false;
    }
    if (text.length() < min) {
      errors.put(block, "Please tell us " + what + ".");
      return false;
    }
    return true;
  }

  private static Optional<Long> parseLong(String value) {
    try {
      return Optional.of(Long.parseLong(value));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
