package org.commonground.bot.core.rounds;

/** How a member hears that the app paused them, and that <b>Keep me in</b> undid it. */
public interface AutoPauseNotices {

  /** Tells the member they are paused before {@code week}'s round, with a way back. */
  void paused(String userId, Week week);

  /**
   * Shows {@code notice} in place of the way back, in the member's own notice about {@code week}.
   */
  void keptIn(String userId, long week, String notice);
}
