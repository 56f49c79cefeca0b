package org.commonground.storage.rounds;

import java.time.Instant;

/** How a round's digests stand. */
public record DeliveryCounts(
    int total, int sent, int failed, int pending, Instant lastDeliveredAt) {}
