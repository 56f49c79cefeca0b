package org.commonground.storage.rounds;

import java.time.Instant;

/**
 * One week's round as computed and stored.
 *
 * @param week the ISO week, e.g. {@code 2026-W48}
 * @param weekNumber weeks since an epoch, so that "the last twelve weeks" is arithmetic
 */
public record Round(
    long id,
    String week,
    long weekNumber,
    Instant computedAt,
    int eligible,
    int withAllowedPartner,
    int matched,
    int pairCount,
    double totalScore) {}
