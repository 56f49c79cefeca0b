package org.commonground.bot.core.introduce;

/**
 * The profile form's fields, the same on every chat platform's form: each field's id and the id of
 * its input (Slack's block and action ids, Teams' input ids), the values of its checkboxes, and how
 * long an answer may be.
 */
public final class ProfileFields {

  public static final String ORGANISATION_FIELD = "organisation";
  public static final String ORGANISATION_INPUT = "organisation_pick";
  public static final String NEW_ORGANISATION_FIELD = "new_organisation";
  public static final String NEW_ORGANISATION_INPUT = "new_organisation_name";
  public static final String SECTOR_FIELD = "sector";
  public static final String SECTOR_INPUT = "sector_pick";
  public static final String ROLE_FIELD = "role";
  public static final String ROLE_INPUT = "role_text";
  public static final String PLACE_FIELD = "place";
  public static final String PLACE_INPUT = "place_pick";
  public static final String CHALLENGES_FIELD = "challenges";
  public static final String CHALLENGES_INPUT = "challenges_pick";
  public static final String SUGGESTION_FIELD = "suggest_tag";
  public static final String SUGGESTION_INPUT = "suggest_tag_text";
  public static final String WORKING_ON_FIELD = "working_on";
  public static final String WORKING_ON_INPUT = "working_on_text";
  public static final String OFFERS_FIELD = "offers";
  public static final String OFFERS_INPUT = "offers_pick";
  public static final String ASKS_FIELD = "asks";
  public static final String ASKS_INPUT = "asks_pick";
  public static final String MATCHES_FIELD = "matches_per_week";
  public static final String MATCHES_INPUT = "matches_per_week_pick";
  public static final String CONSENT_FIELD = "consent";
  public static final String CONSENT_INPUT = "consent_check";
  public static final String SHARE_FIELD = "share_in_channel";
  public static final String SHARE_INPUT = "share_in_channel_check";
  public static final String CONSENT_VALUE = "agreed";
  public static final String SHARE_VALUE = "share";

  public static final int ORGANISATION_NAME_MAX = 120;
  public static final int ROLE_MAX = 150;
  public static final int WORKING_ON_MAX = 500;
  public static final int SUGGESTION_MAX = 80;

  /** The most challenges a profile holds; an approved suggestion is added only below it. */
  public static final int MAX_CHALLENGES = 5;

  public static final int MAX_OFFERS_OR_ASKS = 5;

  private ProfileFields() {}
}
