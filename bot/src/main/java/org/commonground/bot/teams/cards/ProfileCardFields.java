package org.commonground.bot.teams.cards;

import com.google.gson.JsonObject;
import org.commonground.bot.core.consent.PrivacyNotice;
import org.commonground.bot.core.introduce.ProfileFields;
import org.commonground.bot.core.introduce.ProfileLabels;

/** The profile card's boxes and ticks, with the Slack form's limits. */
final class ProfileCardFields {

  static final String SHARE_TITLE = "Post a short introduction in the introductions channel";

  private ProfileCardFields() {}

  /** The box to add an organisation: the only way to give one while none is listed. */
  static JsonObject newOrganisation(String typed, boolean onlyWay) {
    return TextInput.of(
            CardIds.NEW_ORGANISATION,
            onlyWay ? ProfileLabels.ORGANISATION : ProfileLabels.NEW_ORGANISATION)
        .maxLength(ProfileFields.ORGANISATION_NAME_MAX)
        .placeholder(ProfileLabels.NEW_ORGANISATION_PLACEHOLDER)
        .value(typed)
        .json();
  }

  static JsonObject role(String role) {
    return TextInput.of(CardIds.ROLE, ProfileLabels.ROLE)
        .maxLength(ProfileFields.ROLE_MAX)
        .placeholder(ProfileLabels.ROLE_PLACEHOLDER)
        .value(role)
        .required(ProfileLabels.ROLE_MISSING)
        .json();
  }

  static JsonObject suggestion(String typed) {
    return TextInput.of(CardIds.SUGGESTION, ProfileLabels.SUGGESTION)
        .maxLength(ProfileFields.SUGGESTION_MAX)
        .placeholder(ProfileLabels.SUGGESTION_PLACEHOLDER)
        .value(typed)
        .json();
  }

  static JsonObject workingOn(String typed) {
    return TextInput.of(CardIds.WORKING_ON, ProfileLabels.WORKING_ON)
        .multiline()
        .maxLength(ProfileFields.WORKING_ON_MAX)
        .placeholder(ProfileLabels.WORKING_ON_PLACEHOLDER)
        .value(typed)
        .json();
  }

  /** Left unticked for a member who agreed only to an earlier notice, to tick for this one. */
  static JsonObject consent(boolean agreed) {
    return ToggleInput.of(
            CardIds.CONSENT,
            ProfileLabels.CONSENT,
            PrivacyNotice.CONSENT_LABEL,
            ProfileFields.CONSENT_VALUE)
        .on(agreed)
        .required(ProfileLabels.CONSENT_MISSING)
        .json();
  }

  static JsonObject share(boolean sharing) {
    return ToggleInput.of(
            CardIds.SHARE_IN_CHANNEL, ProfileLabels.SHARE, SHARE_TITLE, ProfileFields.SHARE_VALUE)
        .on(sharing)
        .json();
  }
}
