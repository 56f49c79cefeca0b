package org.commonground.storage.rounds;

/** Two members who were paired in some week. */
public record PastPairRow(long memberA, long memberB, long weekNumber) {}
