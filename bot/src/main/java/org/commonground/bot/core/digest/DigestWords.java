package org.commonground.bot.core.digest;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.commonground.matching.UnmatchedReason;

/** The words of the weekly digest, on every platform. */
public final class DigestWords {

  public static final String PAUSE_BUTTON = "Pause matches for a week";
  public static final String EDIT_PROFILE_BUTTON = "Edit profile";
  public static final String INTRO_ME_BUTTON = "Intro me";
  public static final String NOT_FOR_ME_BUTTON = "Not for me";

  /** How the two answers work, under the matches. */
  public static final String ANSWERS_NOTE =
      "*Intro me* is double opt-in: we introduce you only when you both say yes. *Not for me* is"
          + " private: nobody is told.";

  public static final String LEFT_TEXT =
      ":wave: _This person has left Common Ground, so this introduction won't go ahead._";

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.UK);

  private DigestWords() {}

  public static String fallbackText(Digest digest) {
    int n = digest.matches().size();
    return n == 0
        ? "No introduction for you this week"
        : "Your Common Ground introductions: "
            + n
            + (n == 1 ? " person" : " people")
            + " to meet this week";
  }

  public static String title(Digest digest) {
    return "Your introductions for the week of " + digest.week().monday().format(DAY);
  }

  /** The line above a digest's matches. */
  public static String opening(int matches) {
    return matches == 1
        ? "This week we'd like you to meet someone from another organisation working on the same"
            + " challenges:"
        : "This week we'd like you to meet "
            + matches
            + " people from other organisations working"
            + " on the same challenges:";
  }

  /** Why a member has no match this week. */
  public static String unmatchedText(Digest digest) {
    UnmatchedReason reason = digest.unmatchedReason().orElse(UnmatchedReason.NO_ALLOWED_PARTNER);
    String why =
        switch (reason) {
          case PARTNERS_TAKEN ->
              "The people who share your challenges were all introduced to others this week, so we"
                  + " couldn't find you a match.";
          case WANTED_NONE -> "You asked for no introductions this week.";
          case NO_ALLOWED_PARTNER ->
              "We couldn't find anyone from another organisation who shares your challenges and"
                  + " hasn't met you recently. Adding a challenge, or something you can offer or"
                  + " are looking for, widens the net.";
        };
    return ":seedling: " + why + " You'll be near the front of the queue next week.";
  }
}
