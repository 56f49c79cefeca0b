package org.commonground.bot.core.digest;

/**
 * An introduction of two members no chat can hold, as every platform tells it: who the match is,
 * what the two said yes to, and the words both platforms use.
 */
public final class CrossPlatformIntro {

  /** The match, as the member is told of them. */
  public record Partner(
      String name, String organisation, String role, String workEmail, String chatUrl) {}

  /**
   * What the two both said yes to, and the note that came with it.
   *
   * @param saidYesTo e.g. "this week's introduction", for "You both said yes to …"
   * @param note the suggester's words, as typed, or empty
   */
  public record Occasion(String saidYesTo, String note) {

    /** A match from the weekly round. */
    public static final Occasion WEEKLY = new Occasion("this week's introduction", "");

    /** A warm introduction someone suggested, with their note. */
    public static Occasion suggested(String note) {
      return new Occasion("the suggestion that you two meet", note == null ? "" : note);
    }
  }

  /** The button that starts a chat with a match on Teams. */
  public static final String CHAT_IN_TEAMS = "Chat in Teams";

  private CrossPlatformIntro() {}

  public static String fallbackText(Partner partner) {
    return "You both said yes: meet " + partner.name() + "!";
  }

  /**
   * @param name the match's name, as the platform writes it
   */
  public static String theySuggestATime(String name) {
    return name + " said yes first and will suggest a time for a 30-minute call.";
  }
}
