package org.commonground.storage.tags;

/** How a member relates to a tag. */
public enum TagKind {
  /** A challenge the member works on. */
  CHALLENGE,
  /** Something the member can offer help with. */
  OFFER,
  /** Something the member is looking for help with. */
  ASK
}
