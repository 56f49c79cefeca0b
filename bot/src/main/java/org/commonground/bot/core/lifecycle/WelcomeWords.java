package org.commonground.bot.core.lifecycle;

/** The welcome a newcomer gets when they join or install the app, on every platform. */
public final class WelcomeWords {

  public static final String TEXT = "Welcome! Common Ground can introduce you to people like you.";

  /** What the app is, in words for any chat platform. */
  public static final String INTRODUCTION =
      ":wave: *Welcome to the network!* I'm Common Ground. Every week I introduce members to"
          + " people *from other organisations* who work on the same challenges: councils, NHS"
          + " bodies, charities, housing associations and social enterprises.";

  public static final String INVITATION =
      "If you'd like that, tell me a little about your work. It takes two minutes, and you can"
          + " pause or delete it whenever you like.";

  public static final String BUTTON = "Introduce yourself";

  private WelcomeWords() {}
}
