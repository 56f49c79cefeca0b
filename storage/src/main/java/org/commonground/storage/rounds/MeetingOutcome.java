package org.commonground.storage.rounds;

import java.time.Instant;

/**
 * What a member reported about one of their introductions; {@code otherUserId} is null when the
 * other member has since deleted their profile.
 */
public record MeetingOutcome(
    long pairId,
    String otherUserId,
    Instant introducedAt,
    MeetingAnswer answer,
    Instant answeredAt) {}
