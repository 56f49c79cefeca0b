package org.commonground.storage.rounds;

import java.time.Instant;
import java.util.Optional;

/**
 * One week's round as computed and stored.
 *
 * @param week the ISO week, e.g. {@code 2026-W48}
 * @param weekNumber weeks since an epoch, so that "the last twelve weeks" is arithmetic
 * @param note the convenor's note at the top of the week's digests, {@code null} for none
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
    double totalScore,
    String note) {

  public Optional<String> noteIfAny() {
    return Optional.ofNullable(note);
  }
}
