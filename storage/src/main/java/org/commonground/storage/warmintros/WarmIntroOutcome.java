package org.commonground.storage.warmintros;

/** Where a warm introduction stands. Only its two people ever learn their own answers. */
public enum WarmIntroOutcome {
  /** It reached the eligibility check and went no further; counted towards the weekly limit. */
  REFUSED,
  /** Sent to both, waiting for their answers. */
  PENDING,
  /** Both said yes: the two are introduced. */
  AGREED,
  /** Not both said yes before it expired, whatever each said. */
  LAPSED
}
