package org.commonground.storage.warmintros;

/** What one of the two said to a warm introduction. */
public enum WarmIntroAnswer {
  YES,
  NO
}
