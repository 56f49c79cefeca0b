package org.commonground.bot.testing;

import static org.commonground.bot.introduce.ProfileModal.*;

import java.util.List;

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
    return select(ORGANISATION_BLOCK, ORGANISATION_ACTION, Long.toString(id));
  }

  public ProfilePayload newOrganisation(String name) {
    return text(NEW_ORGANISATION_BLOCK, NEW_ORGANISATION_ACTION, name);
  }

  public ProfilePayload sector(String code) {
    return select(SECTOR_BLOCK, SECTOR_ACTION, code);
  }

  public ProfilePayload role(String role) {
    return text(ROLE_BLOCK, ROLE_ACTION, role);
  }

  public ProfilePayload place(String place) {
    return select(PLACE_BLOCK, PLACE_ACTION, place);
  }

  public ProfilePayload workingOn(String text) {
    return text(WORKING_ON_BLOCK, WORKING_ON_ACTION, text);
  }

  public ProfilePayload matchesPerWeek(String value) {
    return select(MATCHES_BLOCK, MATCHES_ACTION, value);
  }

  public ProfilePayload challenges(int... ids) {
    return selectMany(CHALLENGES_BLOCK, CHALLENGES_ACTION, "multi_static_select", ids(ids));
  }

  public ProfilePayload offers(int... ids) {
    return selectMany(OFFERS_BLOCK, OFFERS_ACTION, "multi_static_select", ids(ids));
  }

  public ProfilePayload suggestion(String name) {
    return text(SUGGESTION_BLOCK, SUGGESTION_ACTION, name);
  }

  public ProfilePayload consent(boolean agreed) {
    return selectMany(
        CONSENT_BLOCK, CONSENT_ACTION, "checkboxes", agreed ? List.of(CONSENT_VALUE) : List.of());
  }

  public ProfilePayload shareInChannel(boolean share) {
    return selectMany(
        SHARE_BLOCK, SHARE_ACTION, "checkboxes", share ? List.of(SHARE_VALUE) : List.of());
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
