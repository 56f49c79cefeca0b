package org.commonground.matching;

import java.util.Objects;

/**
 * One member as the engine sees them for one week.
 *
 * @param id stable member id, unique within a call
 * @param organisationId the member's organisation; two members of one organisation are never paired
 * @param sector a sector code such as {@code "LOCAL_AUTHORITY"}; different sectors earn a bonus
 * @param place where the member works; carried through for the caller, not scored
 * @param maxMatches how many matches the member wants this week, 0 to {@link #MAX_MATCHES}; 0 means
 *     they sit this week out
 * @param challenges the public-service challenge tags they work on
 * @param offers tags they can offer help with
 * @param asks tags they are looking for help with
 * @param unmatchedLastWeek whether they wanted a match last week and got none; earns a small boost
 */
public record Participant(
    long id,
    long organisationId,
    String sector,
    String place,
    int maxMatches,
    TagSet challenges,
    TagSet offers,
    TagSet asks,
    boolean unmatchedLastWeek) {

  /** The most matches anyone can ask for in one week. */
  public static final int MAX_MATCHES = 3;

  /** Validates the caps and rejects missing fields. */
  public Participant {
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(challenges, "challenges");
    Objects.requireNonNull(offers, "offers");
    Objects.requireNonNull(asks, "asks");
    if (maxMatches < 0 || maxMatches > MAX_MATCHES) {
      throw new IllegalArgumentException(
          "maxMatches must be between 0 and " + MAX_MATCHES + ", was " + maxMatches);
    }
  }
}
