package org.commonground.matching;

/**
 * A member's organisation, sector and last-week flag packed into one {@code long}: organisation
 * index in the high 32 bits, sector index above the lowest bit, the flag in the lowest. Candidate
 * search reads these for thousands of members per search; one value read in sequence from the tag
 * index is far cheaper than three looked up at random.
 */
final class Profiles {
  private Profiles() {}

  static long pack(int organisation, int sector, boolean unmatchedLastWeek) {
    return (long) organisation << 32 | (long) sector << 1 | (unmatchedLastWeek ? 1 : 0);
  }

  static boolean sameOrganisation(long a, long b) {
    return a >>> 32 == b >>> 32;
  }

  static boolean sameSector(long a, long b) {
    return (int) a >>> 1 == (int) b >>> 1;
  }

  static boolean unmatchedLastWeek(long profile) {
    return (profile & 1) != 0;
  }
}
