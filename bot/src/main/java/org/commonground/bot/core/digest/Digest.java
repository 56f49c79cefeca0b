package org.commonground.bot.core.digest;

import java.util.List;
import java.util.Optional;
import org.commonground.bot.core.rounds.Week;
import org.commonground.matching.UnmatchedReason;
import org.commonground.storage.members.Profile;

/**
 * What one member's weekly DM says: their matches, or why they have none this week.
 *
 * @param roundMemberId the delivery record this digest belongs to
 * @param note the convenor's note for the week, as typed: each platform shows it literally
 */
public record Digest(
    long roundMemberId,
    Week week,
    Profile recipient,
    List<Match> matches,
    Optional<UnmatchedReason> unmatchedReason,
    Optional<String> note) {

  /**
   * One introduction in the digest, from the recipient's point of view.
   *
   * @param partner {@code null} once the partner has deleted their profile
   * @param theyCanOffer tags the partner offers that the recipient asked for
   * @param youCanOffer tags the recipient offers that the partner asked for
   */
  public record Match(
      long pairId,
      Profile partner,
      List<String> sharedChallenges,
      List<String> theyCanOffer,
      List<String> youCanOffer) {

    /** A match whose partner has left: nothing about them is left to show. */
    static Match left(long pairId) {
      return new Match(pairId, null, List.of(), List.of(), List.of());
    }

    public boolean partnerLeft() {
      return partner == null;
    }
  }
}
