package org.commonground.storage.outcomes;

/** How many answers to "What came of it?" were of one kind. */
public record KindCount(OutcomeKind kind, int count) {}
