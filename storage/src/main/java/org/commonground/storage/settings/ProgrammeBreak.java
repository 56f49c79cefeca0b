package org.commonground.storage.settings;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Days without a round, both included, and why, in the words of the admin who added them.
 *
 * @param createdBy the admin who added it; null once they erased their data
 */
public record ProgrammeBreak(
    long id,
    LocalDate firstDay,
    LocalDate lastDay,
    String reason,
    String createdBy,
    Instant createdAt) {

  /** Whether {@code day} is one of the break's days. */
  public boolean covers(LocalDate day) {
    return !day.isBefore(firstDay) && !day.isAfter(lastDay);
  }
}
