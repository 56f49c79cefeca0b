package org.commonground.bot.core.digest;

import java.util.List;
import java.util.Optional;
import org.commonground.storage.members.Profile;
import org.commonground.storage.rounds.RoundMember;

/**
 * What answering a match sends, on whichever platform each member is: the introduction of two who
 * both said yes, the gentle word to someone whose match said yes first, and the answerer's digest
 * drawn again with their answer.
 */
public interface MatchMessages {

  /**
   * Where the two can be introduced, as the pair records it: a group DM opened (or found again, so
   * racing clicks agree) where the platform has one. Empty if there is nowhere.
   */
  Optional<String> placeFor(Profile first, Profile second);

  /**
   * Introduces {@code first} (who said yes first) and {@code second} at {@code place}; called once
   * per pair, after the introduction is recorded.
   */
  void introduce(String place, Profile first, Profile second, List<String> sharedChallenges);

  /** Tells {@code partner} that {@code from} would like to meet them. */
  void nudge(Profile from, Profile partner);

  /** Draws the delivered digest again, as it stands now. */
  void redraw(RoundMember delivery);
}
