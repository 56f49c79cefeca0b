package org.commonground.matching;

/** Why a participant got no match this week, so the digest can tell them. */
public enum UnmatchedReason {
  /** They asked for no matches this week. */
  WANTED_NONE,
  /** Nobody they could be paired with: no shared challenge or ask/offer, or all ruled out. */
  NO_ALLOWED_PARTNER,
  /** They had allowed partners, but those partners' places went to better-scoring pairs. */
  PARTNERS_TAKEN
}
