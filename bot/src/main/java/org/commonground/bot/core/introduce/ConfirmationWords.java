package org.commonground.bot.core.introduce;

/** What a member is told when their profile is saved, on every platform. */
public final class ConfirmationWords {

  public static String fallbackText(boolean firstIntroduction) {
    return firstIntroduction
        ? "Thanks for introducing yourself to Common Ground."
        : "Your Common Ground profile is updated.";
  }

  public static String opening(boolean firstIntroduction) {
    return firstIntroduction
        ? ":wave: *Thanks for introducing yourself!* Your profile is saved, and from the next"
            + " weekly round you'll be introduced to people from other organisations who share"
            + " your challenges."
        : ":white_check_mark: *Your profile is updated.* The next weekly round will use it.";
  }

  private ConfirmationWords() {}
}
