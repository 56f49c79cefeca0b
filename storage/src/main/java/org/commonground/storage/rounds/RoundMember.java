package org.commonground.storage.rounds;

import java.time.Instant;

/** A member's place in a round: their digest's delivery, or why they were not matched. */
public record RoundMember(
    long id,
    long roundId,
    Long memberId,
    String unmatchedReason,
    DeliveryStatus status,
    Instant claimedAt,
    String dmChannel,
    String messageTs,
    int attempts,
    String lastError,
    Instant deliveredAt) {}
