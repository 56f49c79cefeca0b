package org.commonground.storage.rounds;

/** A member who stopped answering their matches, to pause. */
public record QuietMember(long id, String userId) {}
