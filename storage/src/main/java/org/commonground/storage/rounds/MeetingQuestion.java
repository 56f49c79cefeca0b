package org.commonground.storage.rounds;

/**
 * "Did you meet?" as put to one member of an introduced pair. {@code otherUserId} is null when the
 * other member has deleted their profile; {@code answer} is null until they answer.
 */
public record MeetingQuestion(
    long id,
    long pairId,
    String userId,
    String otherUserId,
    int timesAsked,
    MeetingAnswer answer) {}
