package org.commonground.storage.impact;

import java.util.Map;
import org.commonground.storage.organisations.Sector;

/**
 * An active challenge: how many members hold it in each sector (sectors with none are absent), and
 * how many introductions over a period were between people who share it.
 */
public record ChallengeReach(
    int tagId, String name, Map<Sector, Integer> holdersBySector, int introductions) {

  public ChallengeReach {
    holdersBySector = Map.copyOf(holdersBySector);
  }

  /** Holders in {@code sector}, 0 when none. */
  public int holders(Sector sector) {
    return holdersBySector.getOrDefault(sector, 0);
  }
}
