package org.commonground.storage.outcomes;

import java.time.Instant;
import org.commonground.storage.organisations.Sector;

/**
 * A story its member let the admins share: their words, and the sectors of the two who met as they
 * were when it was told. {@code otherSector} is null when the other member had already left.
 */
public record SharedStory(String story, Sector sector, Sector otherSector, Instant answeredAt) {}
