package org.commonground.bot.teams.cards;

import org.commonground.bot.core.introduce.ProfileFields;

/**
 * The verbs, data keys, input ids and typeahead datasets of the Teams cards: shared by the card
 * that sends them and the handler that receives them. The profile card's input ids are the Slack
 * modal's block ids, so the field errors {@code ProfileForm} reports apply to either form as they
 * are.
 */
public final class CardIds {

  public static final String INTRODUCE_VERB = "introduce";
  public static final String PROFILE_SUBMIT_VERB = "profile_submit";
  public static final String INTRO_ME_VERB = "intro_me";
  public static final String NOT_FOR_ME_VERB = "not_for_me";
  public static final String PAUSE_WEEK_VERB = "pause_week";
  public static final String EDIT_PROFILE_VERB = "edit_profile";
  public static final String MET_YES_VERB = "met_yes";
  public static final String MET_NOT_YET_VERB = "met_not_yet";
  public static final String MET_NO_VERB = "met_no";
  public static final String OUTCOME_SUBMIT_VERB = "outcome_submit";
  public static final String DELETE_CONFIRM_VERB = "delete_confirm";
  public static final String DELETE_CANCEL_VERB = "delete_cancel";
  public static final String WARM_INTRO_YES_VERB = "warm_intro_yes";
  public static final String WARM_INTRO_NO_VERB = "warm_intro_no";
  public static final String AGREE_NOTICE_VERB = "notice_agree";

  /** The data key of a digest match's buttons: the pair answered. */
  public static final String PAIR_ID = "pairId";

  /** The data key of a warm introduction's answers: the suggestion answered. */
  public static final String INTRO_ID = "introId";

  /** The data key of a <i>Did you meet?</i> answer: the question answered. */
  public static final String QUESTION_ID = "questionId";

  /** The data key of <b>I agree</b> to the privacy notice: the version agreed to. */
  public static final String NOTICE_VERSION = "noticeVersion";

  /** The typeahead datasets an {@code application/search} invoke names. */
  public static final String TAGS_DATASET = "tags";

  public static final String ORGANISATIONS_DATASET = "organisations";

  public static final String ORGANISATION = ProfileFields.ORGANISATION_FIELD;
  public static final String NEW_ORGANISATION = ProfileFields.NEW_ORGANISATION_FIELD;
  public static final String SECTOR = ProfileFields.SECTOR_FIELD;
  public static final String ROLE = ProfileFields.ROLE_FIELD;
  public static final String PLACE = ProfileFields.PLACE_FIELD;
  public static final String CHALLENGES = ProfileFields.CHALLENGES_FIELD;
  public static final String SUGGESTION = ProfileFields.SUGGESTION_FIELD;
  public static final String WORKING_ON = ProfileFields.WORKING_ON_FIELD;
  public static final String OFFERS = ProfileFields.OFFERS_FIELD;
  public static final String ASKS = ProfileFields.ASKS_FIELD;
  public static final String MATCHES_PER_WEEK = ProfileFields.MATCHES_FIELD;
  public static final String CONSENT = ProfileFields.CONSENT_FIELD;
  public static final String SHARE_IN_CHANNEL = ProfileFields.SHARE_FIELD;

  private CardIds() {}
}
