package org.commonground.bot.core.impact;

/**
 * A period's introductions across the network: heatmaps of introductions and of meetings between
 * organisations and between sectors, the organisations with none across sectors, and the challenges
 * with their holders by sector and the gaps among them.
 */
public record PeriodImpact(
    String period,
    ImpactChart organisationIntroductions,
    ImpactChart organisationMeetings,
    ImpactChart sectorIntroductions,
    ImpactChart sectorMeetings,
    ImpactTable withoutCrossSectorIntroduction,
    ImpactTable challengeGaps) {}
