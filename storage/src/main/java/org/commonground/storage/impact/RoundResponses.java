package org.commonground.storage.impact;

/**
 * How the pairs one week's round offered were answered: in how many at least one member said
 * <i>Intro me</i>, in how many both did, and in how many at least one said <i>Not for me</i> (a
 * pair can be in both of the first and the last).
 */
public record RoundResponses(
    String week, long weekNumber, int offered, int introMe, int bothIntroMe, int notForMe) {}
