package org.commonground.storage.impact;

/**
 * What became of the introductions made from one week: the pairs of its round introduced to each
 * other and the warm introductions agreed that week. Each introduction counts once: met when either
 * member said yes, didn't meet when one said no and neither yes, not yet when the only answers are
 * "not yet", and no answer when neither has answered; so the four add up to {@code introduced}.
 */
public record WeekMeetings(
    String week,
    long weekNumber,
    int introduced,
    int met,
    int notYet,
    int didNotMeet,
    int noAnswer) {}
