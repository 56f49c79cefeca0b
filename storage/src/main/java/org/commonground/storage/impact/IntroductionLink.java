package org.commonground.storage.impact;

import org.commonground.storage.organisations.Sector;

/**
 * Introductions between members of two organisations and sectors, and how many of them met (either
 * member said yes). The first organisation is the one with the lower id, so each pair of
 * organisations and sectors of their members is one link; organisations and sectors are the
 * members' current ones.
 */
public record IntroductionLink(
    long firstOrganisationId,
    String firstOrganisation,
    Sector firstSector,
    long secondOrganisationId,
    String secondOrganisation,
    Sector secondSector,
    int introduced,
    int met) {}
