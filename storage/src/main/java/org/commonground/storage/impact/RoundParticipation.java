package org.commonground.storage.impact;

import java.util.OptionalInt;

/**
 * Who took part in one week's round: {@code eligible} and {@code matched} as the round counted
 * them, and the network's {@code members} and {@code paused} members when it was computed, empty
 * for rounds computed before those were recorded.
 */
public record RoundParticipation(
    String week,
    long weekNumber,
    int eligible,
    int matched,
    OptionalInt members,
    OptionalInt paused) {}
