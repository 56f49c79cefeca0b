package org.commonground.bot.core.impact;

/**
 * The last {@value Impact#WEEKS} rounds, week by week: who took part, how members answered the
 * pairs they were offered, and how many introductions led to a meeting.
 */
public record WeeklyImpact(ImpactChart participation, ImpactChart introMe, ImpactChart meetings) {}
