package org.commonground.storage.rounds;

/** Where a member's digest is on its way to them. */
public enum DeliveryStatus {
  /** Not sent yet. */
  PENDING,
  /**
   * Claimed by a sender that may or may not have posted it: check the platform before sending
   * again, where it can be checked.
   */
  SENDING,
  SENT,
  /**
   * Refused for good (e.g. the user is gone), or, on a platform that can't be searched, left
   * unconfirmed by a sender that died while posting it; not retried.
   */
  FAILED
}
