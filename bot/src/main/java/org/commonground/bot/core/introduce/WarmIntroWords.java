package org.commonground.bot.core.introduce;

/** The words of a warm introduction that read the same on every platform. */
public final class WarmIntroWords {

  /** How much of the suggester's note is shown: enough for a reason, short enough to read. */
  public static final int NOTE_LIMIT = 1000;

  /** Who a card or notice names in place of someone who deleted their profile. */
  public static final String SINCE_LEFT = "someone who has since left";

  public static final String SAID_NO_NOTE =
      ":ok_hand: You said no thanks. Nobody is told: to everyone else the suggestion simply"
          + " lapses, as if you hadn't answered, and we won't suggest you to each other again.";

  public static final String LAPSED_NOTE =
      ":hourglass: This suggestion has lapsed: it didn't come together this time.";

  private WarmIntroWords() {}

  /** What the suggester is told when the suggestion lapsed, naming the two as their app can. */
  public static String lapsedNotice(String nameA, String nameB) {
    return ":hourglass: Your suggestion that "
        + nameA
        + " and "
        + nameB
        + " meet has lapsed: it didn't come together this time. Thanks for thinking of them.";
  }
}
