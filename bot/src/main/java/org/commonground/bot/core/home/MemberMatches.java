package org.commonground.bot.core.home;

import java.util.List;
import org.commonground.storage.members.Profile;
import org.commonground.storage.rounds.MemberPairRow;

/**
 * A member's matches for App Home: this week's, and the introductions of earlier weeks.
 *
 * @param thisWeek the matches of the latest round, if it is this week's
 */
public record MemberMatches(List<Line> thisWeek, List<Line> introduced) {

  /** One match with the partner's profile; the partner is absent if they deleted theirs. */
  public record Line(MemberPairRow row, Profile partner) {}

  public static final MemberMatches NONE = new MemberMatches(List.of(), List.of());

  public MemberMatches {
    thisWeek = List.copyOf(thisWeek);
    introduced = List.copyOf(introduced);
  }
}
