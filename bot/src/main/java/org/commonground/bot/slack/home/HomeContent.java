package org.commonground.bot.slack.home;

import com.slack.api.model.block.LayoutBlock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.commonground.bot.core.consent.PrivacyNotice;
import org.commonground.bot.core.home.MemberMatches;
import org.commonground.bot.core.home.NetworkOverview;
import org.commonground.storage.blocks.BlockList;
import org.commonground.storage.members.Profile;

/**
 * What one person's App Home is built from.
 *
 * @param profile theirs, when they have introduced themselves
 * @param today the date in the network's time zone, which decides whether a pause is over
 * @param zone the network's time zone, that of {@code today}
 * @param nextRound when the next weekly round runs, breaks skipped, in the schedule's time zone;
 *     empty only if breaks fill the years ahead
 * @param matches their matches this week and earlier introductions
 * @param blocks whom they won't be matched with: their own list, never anyone else's
 * @param network the network at a glance, for admins only
 * @param adminPanels the last round's status and pending tag suggestions, for admins only
 * @param notice a line shown at the top about what they just did, if anything
 * @param privacy the privacy notice members agree to now
 */
public record HomeContent(
    Optional<Profile> profile,
    LocalDate today,
    ZoneId zone,
    Optional<ZonedDateTime> nextRound,
    MemberMatches matches,
    BlockList.Entries blocks,
    Optional<NetworkOverview> network,
    List<LayoutBlock> adminPanels,
    Optional<String> notice,
    PrivacyNotice privacy) {

  public HomeContent {
    adminPanels = List.copyOf(adminPanels);
  }
}
