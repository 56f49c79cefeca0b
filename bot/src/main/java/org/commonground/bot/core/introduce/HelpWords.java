package org.commonground.bot.core.introduce;

/** What the app says about itself when asked for help, on every platform. */
public final class HelpWords {

  /** What the app does, in words for any chat platform. */
  public static final String ABOUT =
      "*Common Ground* introduces you to people *from other organisations* in the network who work"
          + " on the same challenges as you: councils, NHS bodies, charities, housing associations"
          + " and social enterprises.";

  public static final String TEXT =
      "Common Ground introduces you to people working on the same challenges.";

  private HelpWords() {}
}
