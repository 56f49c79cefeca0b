package org.commonground.matching;

/** Terse construction of participants for hand-written test cases. */
final class People {
  private People() {}

  static Participant person(long id, long organisation, String sector, int cap, int... challenges) {
    return new Participant(
        id,
        organisation,
        sector,
        "Liverpool",
        cap,
        TagSet.of(challenges),
        TagSet.empty(),
        TagSet.empty(),
        false);
  }

  static Participant withOffersAndAsks(Participant p, TagSet offers, TagSet asks) {
    return new Participant(
        p.id(),
        p.organisationId(),
        p.sector(),
        p.place(),
        p.maxMatches(),
        p.challenges(),
        offers,
        asks,
        p.unmatchedLastWeek());
  }
}
