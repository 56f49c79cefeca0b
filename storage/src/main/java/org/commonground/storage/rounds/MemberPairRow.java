package org.commonground.storage.rounds;

import java.time.Instant;

/**
 * One of a member's matches as they see it: the week, the partner, both answers and, once
 * introduced, whether the member said they met.
 *
 * @param met the member's latest answer to "Did you meet?", if any
 */
public record MemberPairRow(
    long pairId,
    String week,
    long weekNumber,
    Long partnerId,
    Answer myAnswer,
    Answer partnerAnswer,
    Instant introducedAt,
    String met) {}
