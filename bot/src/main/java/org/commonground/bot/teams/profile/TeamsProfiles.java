package org.commonground.bot.teams.profile;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.commonground.bot.core.consent.PrivacyNotice;
import org.commonground.bot.core.introduce.ConfirmationWords;
import org.commonground.bot.core.introduce.ProfileFields;
import org.commonground.bot.core.introduce.ProfileForm;
import org.commonground.bot.core.introduce.ProfileLabels;
import org.commonground.bot.core.introduce.ProfileService;
import org.commonground.bot.core.tags.SuggestionService;
import org.commonground.bot.teams.Activity;
import org.commonground.bot.teams.InvokeAnswer;
import org.commonground.bot.teams.TeamsHandlers;
import org.commonground.bot.teams.TeamsReplies;
import org.commonground.bot.teams.cards.AdaptiveCard;
import org.commonground.bot.teams.cards.CardIds;
import org.commonground.bot.teams.cards.CardMarkdown;
import org.commonground.bot.teams.cards.CardValues;
import org.commonground.bot.teams.cards.ProfileCard;
import org.commonground.bot.teams.cards.ProfileValues;
import org.commonground.bot.teams.cards.TextBlock;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.organisations.Organisation;
import org.commonground.storage.organisations.OrganisationTenants;
import org.commonground.storage.tags.TooManySuggestionsException;

/**
 * The profile form in Teams: sent for {@code introduce} or the welcome card's button, checked on
 * saving exactly as the Slack form is, and drawn again in place with the field errors and
 * everything typed when it is refused.
 */
public final class TeamsProfiles {

  /** Typeahead results shown at once: Teams lists them in a short drop-down. */
  private static final int SEARCH_RESULTS = 15;

  private final ProfileService profiles;
  private final SuggestionService suggestions;
  private final OrganisationTenants tenants;
  private final TeamsReplies replies;

  public TeamsProfiles(
      ProfileService profiles,
      SuggestionService suggestions,
      OrganisationTenants tenants,
      TeamsReplies replies) {
    this.profiles = profiles;
    this.suggestions = suggestions;
    this.tenants = tenants;
    this.replies = replies;
  }

  public void register(TeamsHandlers handlers) {
    handlers.action(CardIds.INTRODUCE_VERB, (activity, data) -> opened(activity));
    handlers.action(CardIds.EDIT_PROFILE_VERB, (activity, data) -> opened(activity));
    handlers.action(CardIds.PROFILE_SUBMIT_VERB, this::submitted);
    handlers.search(CardIds.TAGS_DATASET, (activity, typed) -> tags(typed));
    handlers.search(CardIds.ORGANISATIONS_DATASET, (activity, typed) -> organisations(typed));
  }

  /** {@code introduce}: the form as a message of its own, filled in for a member. */
  public void sendForm(Activity activity) {
    replies.card(activity, form(activity), ProfileLabels.TITLE);
  }

  private InvokeAnswer opened(Activity activity) {
    return new InvokeAnswer.Card(form(activity));
  }

  private AdaptiveCard form(Activity activity) {
    ProfileService.FormStart start = profiles.formFor(activity.fromUserId());
    ProfileValues values =
        start
            .existing()
            .map(profile -> ProfileValues.of(profile, profiles.notice().version()))
            .orElseGet(() -> newcomer(activity.tenantId(), start.organisations()));
    return ProfileCard.card(content(start, values, Map.of()));
  }

  /**
   * A newcomer starts with their organisation picked when their tenant is linked to just one
   * organisation on the list; a tenant serving many, as NHSmail does, leaves them to pick.
   */
  private ProfileValues newcomer(String tenantId, List<Organisation> listed) {
    if (tenantId.isEmpty()) {
      return ProfileValues.empty();
    }
    Set<Long> listedIds = listed.stream().map(Organisation::id).collect(Collectors.toSet());
    List<Long> linked =
        tenants.linkedTo(tenantId).stream()
            .map(Organisation::id)
            .filter(listedIds::contains)
            .toList();
    return linked.size() == 1 ? ProfileValues.startingAt(linked.get(0)) : ProfileValues.empty();
  }

  private InvokeAnswer submitted(Activity activity, JsonObject data) {
    String userId = activity.fromUserId();
    CardValues values = CardValues.of(data);
    ProfileForm.Outcome outcome = profiles.check(userId, values);
    if (outcome.draft().isEmpty()) {
      return refused(userId, values, outcome.errors());
    }
    ProfileStore.Saved saved;
    try {
      saved = profiles.save(outcome.draft().get(), outcome.suggestion());
    } catch (TooManySuggestionsException e) {
      return refused(
          userId,
          values,
          Map.of(ProfileFields.SUGGESTION_FIELD, ProfileLabels.TOO_MANY_SUGGESTIONS));
    }
    saved.suggestion().ifPresent(suggestions::tellAdminsLater);
    return new InvokeAnswer.Card(savedCard(saved.firstIntroduction()));
  }

  private InvokeAnswer refused(String userId, CardValues values, Map<String, String> errors) {
    ProfileService.FormStart start = profiles.formFor(userId);
    return new InvokeAnswer.Card(
        ProfileCard.card(content(start, ProfileValues.submitted(values), errors)));
  }

  private ProfileCard.Content content(
      ProfileService.FormStart start, ProfileValues values, Map<String, String> errors) {
    PrivacyNotice notice = profiles.notice();
    // The introductions channel is in Slack, where a Teams member can't be mentioned.
    return new ProfileCard.Content(
        start.tags(), start.organisations(), start.places(), values, errors, false, notice);
  }

  private static AdaptiveCard savedCard(boolean firstIntroduction) {
    return AdaptiveCard.of(
            List.of(
                TextBlock.of(CardMarkdown.fromMarkup(ConfirmationWords.opening(firstIntroduction)))
                    .json(),
                TextBlock.of("Send **introduce** any time to edit your profile.").subtle().json()))
        .fallbackText(ConfirmationWords.fallbackText(firstIntroduction));
  }

  private InvokeAnswer.Choices tags(String typed) {
    return new InvokeAnswer.Choices(
        profiles.searchTags(typed, SEARCH_RESULTS).stream()
            .map(tag -> new InvokeAnswer.Choice(tag.name(), Integer.toString(tag.id())))
            .toList());
  }

  private InvokeAnswer.Choices organisations(String typed) {
    return new InvokeAnswer.Choices(
        profiles.searchOrganisations(typed, SEARCH_RESULTS).stream()
            .map(org -> new InvokeAnswer.Choice(org.name(), Long.toString(org.id())))
            .toList());
  }
}
