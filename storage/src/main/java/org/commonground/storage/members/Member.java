package org.commonground.storage.members;

import java.time.Instant;
import java.time.LocalDate;
import org.commonground.storage.organisations.Sector;

/**
 * A person who has introduced themselves. {@code consentNoticeVersion} and {@code consentedAt}
 * record which privacy notice they agreed to and when.
 */
public record Member(
    long id,
    String userId,
    long organisationId,
    Sector sector,
    String role,
    String place,
    String workingOn,
    int matchesPerWeek,
    boolean shareInChannel,
    String consentNoticeVersion,
    Instant consentedAt,
    LocalDate pausedUntil,
    boolean deactivated,
    Instant introducedAt,
    Instant updatedAt) {}
