package org.commonground.bot.core.views;

/**
 * How a count of people is shown, by who is looking. In a small network "1 member" or "2 members"
 * next to a tag can name them, so anyone but an admin sees counts of 1 and 2 as "fewer than 3".
 * Admins, who run the network and see its members anyway, get exact counts. Counts of people the
 * app shows go through here.
 */
public enum HeadCounts {
  FOR_ADMINS,
  FOR_MEMBERS;

  /** The smallest count of people shown exactly to someone who is not an admin. */
  public static final int SHOWN_FROM = 3;

  private static final String FEWER = "fewer than " + SHOWN_FROM;

  public static HeadCounts forViewer(boolean admin) {
    return admin ? FOR_ADMINS : FOR_MEMBERS;
  }

  /** "7", or "fewer than 3" for 1 and 2 to members. */
  public String number(int people) {
    return hidden(people) ? FEWER : Integer.toString(people);
  }

  /** "1 member", "12 members", or "fewer than 3 members" for 1 and 2 to members. */
  public String members(int people) {
    if (hidden(people)) {
      return FEWER + " members";
    }
    return people == 1 ? "1 member" : people + " members";
  }

  private boolean hidden(int people) {
    return this == FOR_MEMBERS && people > 0 && people < SHOWN_FROM;
  }
}
