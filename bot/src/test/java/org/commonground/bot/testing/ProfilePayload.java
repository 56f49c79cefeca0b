package org.commonground.bot.testing;

import static org.commonground.bot.slack.introduce.ProfileModal.*;

import java.util.List;
import org.commonground.bot.core.introduce.ProfileFields;

/**
 * A {@code view_submission} of the profile modal, built on Slack's real sample payload with the
 * state values our modal produces.
 */
public final class ProfilePayload {

  private final FormPayload form = new FormPayload(CALLBACK_ID).user("U0123MEMBER");

  public static ProfilePayload valid(int... challengeIds) {
    return new ProfilePayload()
        .newOrganisation("Sefton Council")
        .sector("LOCAL_AUTHORITY")
        .role("Early help coordinator")
        .place("Sefton")
        .challenges(challengeIds)
        .workingOn("Setting up family hubs with local charities")
        .matchesPerWeek("1")
        .consent(true);
  }

  public ProfilePayload user(String id) {
    form.user(id);
    return this;
  }

  public ProfilePayload organisation(long id) {
    return select(
        ProfileFields.ORGANISATION_FIELD, ProfileFields.ORGANISATION_INPUT, Long.toString(id));
  }

  public ProfilePayload newOrganisation(String name) {
    return text(ProfileFields.NEW_ORGANISATION_FIELD, ProfileFields.NEW_ORGANISATION_INPUT, name);
  }

  public ProfilePayload sector(String code) {
    return select(ProfileFields.SECTOR_FIELD, ProfileFields.SECTOR_INPUT, code);
  }

  public ProfilePayload role(String role) {
    return text(ProfileFields.ROLE_FIELD, ProfileFields.ROLE_INPUT, role);
  }

  public ProfilePayload place(String place) {
    return select(ProfileFields.PLACE_FIELD, ProfileFields.PLACE_INPUT, place);
  }

  public ProfilePayload workingOn(String text) {
    return text(ProfileFields.WORKING_ON_FIELD, ProfileFields.WORKING_ON_INPUT, text);
  }

  public ProfilePayload matchesPerWeek(String value) {
    return select(ProfileFields.MATCHES_FIELD, ProfileFields.MATCHES_INPUT, value);
  }

  public ProfilePayload challenges(int... ids) {
    return selectMany(
        ProfileFields.CHALLENGES_FIELD,
        ProfileFields.CHALLENGES_INPUT,
        "multi_static_select",
        ids(ids));
  }

  public ProfilePayload offers(int... ids) {
    return selectMany(
        ProfileFields.OFFERS_FIELD, ProfileFields.OFFERS_INPUT, "multi_static_select", ids(ids));
  }

  public ProfilePayload suggestion(String name) {
    return text(ProfileFields.SUGGESTION_FIELD, ProfileFields.SUGGESTION_INPUT, name);
  }

  public ProfilePayload consent(boolean agreed) {
    return selectMany(
        ProfileFields.CONSENT_FIELD,
        ProfileFields.CONSENT_INPUT,
        "checkboxes",
        agreed ? List.of(ProfileFields.CONSENT_VALUE) : List.of());
  }

  public ProfilePayload shareInChannel(boolean share) {
    return selectMany(
        ProfileFields.SHARE_FIELD,
        ProfileFields.SHARE_INPUT,
        "checkboxes",
        share ? List.of(ProfileFields.SHARE_VALUE) : List.of());
  }

  public ProfilePayload without(String blockId) {
    form.without(blockId);
    return this;
  }

  public String json() {
    return form.json();
  }

  private static List<String> ids(int... ids) {
    return java.util.Arrays.stream(ids).mapToObj(Integer::toString).toList();
  }

  private ProfilePayload text(String block, String action, String value) {
    form.text(block, action, value);
    return this;
  }

  private ProfilePayload select(String block, String action, String value) {
    form.select(block, action, value);
    return this;
  }

  private ProfilePayload selectMany(String block, String action, String type, List<String> chosen) {
    form.selectMany(block, action, type, chosen);
    return this;
  }
}
