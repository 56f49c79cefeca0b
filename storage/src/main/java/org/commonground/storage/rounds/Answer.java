package org.commonground.storage.rounds;

/** What a member said to one of their matches. */
public enum Answer {
  INTRO_ME,
  NOT_FOR_ME
}
