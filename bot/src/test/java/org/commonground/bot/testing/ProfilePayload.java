package org.commonground.bot.testing;

import static org.commonground.bot.introduce.ProfileModal.*;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;

/**
 * A {@code view_submission} of the profile modal, built on Slack's real sample payload with the
 * state values our modal produces.
 */
public final class ProfilePayload {

  private final JsonObject values = new JsonObject();
  private String userId = "U0123MEMBER";

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
    this.userId = id;
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
    values.remove(blockId);
    return this;
  }

  public String json() {
    JsonObject payload =
        JsonParser.parseString(Samples.text("view_submission.plain_text_input.json"))
            .getAsJsonObject();
    payload.getAsJsonObject("user").addProperty("id", userId);
    JsonObject view = payload.getAsJsonObject("view");
    view.addProperty("callback_id", CALLBACK_ID);
    view.remove("private_metadata");
    JsonObject state = new JsonObject();
    state.add("values", values);
    view.add("state", state);
    return payload.toString();
  }

  private static List<String> ids(int... ids) {
    return java.util.Arrays.stream(ids).mapToObj(Integer::toString).toList();
  }

  private ProfilePayload text(String block, String action, String value) {
    JsonObject element = new JsonObject();
    element.addProperty("type", "plain_text_input");
    element.addProperty("value", value);
    return put(block, action, element);
  }

  private ProfilePayload select(String block, String action, String value) {
    JsonObject element = new JsonObject();
    element.addProperty("type", "static_select");
    element.add("selected_option", option(value));
    return put(block, action, element);
  }

  private ProfilePayload selectMany(String block, String action, String type, List<String> chosen) {
    JsonObject element = new JsonObject();
    element.addProperty("type", type);
    JsonArray options = new JsonArray();
    chosen.forEach(value -> options.add(option(value)));
    element.add("selected_options", options);
    return put(block, action, element);
  }

  static JsonObject option(String value) {
    JsonObject text = new JsonObject();
    text.addProperty("type", "plain_text");
    text.addProperty("text", value);
    JsonObject option = new JsonObject();
    option.add("text", text);
    option.addProperty("value", value);
    return option;
  }

  private ProfilePayload put(String block, String action, JsonObject element) {
    JsonObject actions = new JsonObject();
    actions.add(action, element);
    values.add(block, actions);
    return this;
  }
}
