package org.commonground.bot.core.meetings;

/**
 * The "What came of it?" form's fields: the Slack modal's block and action ids, which are also the
 * Teams card's input ids, so that {@link OutcomeForm} reads either and its errors name either's
 * fields.
 */
public final class OutcomeFields {

  public static final String KIND_FIELD = "outcome_kind";
  public static final String KIND_INPUT = "outcome_kind_pick";
  public static final String STORY_FIELD = "outcome_story";
  public static final String STORY_INPUT = "outcome_story_text";
  public static final String SHARE_FIELD = "outcome_share";
  public static final String SHARE_INPUT = "outcome_share_tick";

  /** What the opt-in sends when ticked. */
  public static final String SHARE_VALUE = "share";

  private OutcomeFields() {}
}
