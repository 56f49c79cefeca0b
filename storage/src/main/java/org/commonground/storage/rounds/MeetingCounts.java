package org.commonground.storage.rounds;

/**
 * How the network's introductions turned out, counted per introduction: met when either member said
 * yes, didn't meet when one said no and neither yes, not yet when the only answers are "not yet".
 * Introductions nobody answered about count only in {@code introduced}; {@code warm} counts those
 * among them that came from a member's warm introduction rather than a round.
 */
public record MeetingCounts(int introduced, int met, int notYet, int didNotMeet, int warm) {}
