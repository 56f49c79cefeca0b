package org.commonground.matching;

/**
 * Summary numbers of one week's pairing.
 *
 * @param participants everyone passed in
 * @param eligible those who wanted at least one match
 * @param withAllowedPartner eligible members with at least one allowed partner
 * @param matched members who got at least one match
 * @param pairs number of pairs formed
 * @param totalScore sum of the pairs' scores
 */
public record PairingStats(
    int participants,
    int eligible,
    int withAllowedPartner,
    int matched,
    int pairs,
    double totalScore) {

  /** Share of members with an allowed partner who got at least one match (1 if none had any). */
  public double coverage() {
    return withAllowedPartner == 0 ? 1.0 : (double) matched / withAllowedPartner;
  }
}
