package org.commonground.bot.core.introduce;

/**
 * Where one of the two stands on a warm introduction: asked, or what they said, or how it ended.
 */
public enum WarmIntroState {
  ASKED,
  SAID_YES,
  SAID_NO,
  /** Both said yes and the three are in a group DM. */
  INTRODUCED,
  /** Both said yes, and no chat could hold them both, so each was sent the other's details. */
  TOLD_EACH_OTHER,
  LAPSED
}
