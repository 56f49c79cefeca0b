package org.commonground.bot.core.privacy;

/** The words of asking a member to confirm they want their profile deleted, on every platform. */
public final class DeletionWords {

  public static final String TITLE = "Delete my profile";
  public static final String DELETE = "Delete";
  public static final String KEEP = "Keep it";

  /** What goes, in words for any chat platform. */
  public static final String WHAT_GOES =
      "*This deletes your Common Ground profile for good:* your organisation, role, place,"
          + " challenges, offers and asks, what you're working on, your settings and your consent"
          + " record.";

  public static final String WHAT_STAYS =
      "Records others rely on keep their place without your name. You won't get any more"
          + " matches. You can introduce yourself again at any time.";

  private DeletionWords() {}
}
