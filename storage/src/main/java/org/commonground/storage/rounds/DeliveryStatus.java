package org.commonground.storage.rounds;

/** Where a member's digest is on its way to them. */
public enum DeliveryStatus {
  /** Not sent yet. */
  PENDING,
  /** Claimed by a sender that may or may not have posted it: check Slack before sending again. */
  SENDING,
  SENT,
  /** Slack refused it for good (e.g. the user is gone); not retried. */
  FAILED
}
