package org.commonground.storage.rounds;

import org.commonground.storage.organisations.Sector;

/** A member who can be matched this week, as the round needs them. */
public record EligibleMember(
    long id, long organisationId, Sector sector, String place, int matchesPerWeek) {}
