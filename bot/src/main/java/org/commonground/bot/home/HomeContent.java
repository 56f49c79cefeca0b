package org.commonground.bot.home;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.commonground.storage.members.Profile;

/**
 * What one person's App Home is built from.
 *
 * @param profile theirs, when they have introduced themselves
 * @param today the date in the network's time zone, which decides whether a pause is over
 * @param nextRound when the next weekly round runs, in the network's time zone
 * @param network the network at a glance, for admins only
 * @param notice a line shown at the top about what they just did, if anything
 */
public record HomeContent(
    Optional<Profile> profile,
    LocalDate today,
    ZonedDateTime nextRound,
    Optional<NetworkOverview> network,
    Optional<String> notice) {}
