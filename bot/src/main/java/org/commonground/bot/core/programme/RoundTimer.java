package org.commonground.bot.core.programme;

/**
 * The scheduler's clock for the weekly round: when the stored schedule or breaks change, the next
 * run moves to follow them, for every replica, without the caller knowing how it is scheduled.
 */
@FunctionalInterface
public interface RoundTimer {

  /** Moves the round's next run to the first one the stored programme now gives. */
  void programmeChanged();
}
