package org.commonground.storage.rounds;

/** What a member of an introduced pair said when asked "Did you meet?". */
public enum MeetingAnswer {
  YES,
  NOT_YET,
  NO
}
