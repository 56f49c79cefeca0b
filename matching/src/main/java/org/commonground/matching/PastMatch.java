package org.commonground.matching;

/**
 * A pair that was introduced in some earlier week.
 *
 * @param pair the two members
 * @param week the week it happened, in any consecutive numbering (e.g. weeks since an epoch)
 */
public record PastMatch(IdPair pair, long week) {}
