package org.commonground.bot.core.digest;

import java.util.List;
import org.commonground.bot.core.views.Markup;
import org.commonground.storage.members.Profile;

/** The first message in the group DM of two members who both said yes. */
public final class ConversationStarter {

  private ConversationStarter() {}

  /**
   * @param first the one who said yes first, asked to suggest a time
   * @param second the one whose yes completed the introduction
   */
  public static String text(Profile first, Profile second, List<String> sharedChallenges) {
    String shared =
        sharedChallenges.isEmpty()
            ? "what you can offer each other"
            : Markup.inWords(
                sharedChallenges.stream().map(c -> "*" + Markup.escape(c) + "*").toList());
    return ":wave: "
        + Markup.mention(first.userId())
        + ", meet "
        + Markup.mention(second.userId())
        + "!"
        + "\nYou both said yes to this week's introduction. You have "
        + shared
        + " in common."
        + "\n• "
        + who(first)
        + "\n• "
        + who(second)
        + "\n"
        + invitation(first, sharedChallenges);
  }

  /** Asks whoever said yes first to suggest a call, with something to start on. */
  public static String invitation(Profile first, List<String> sharedChallenges) {
    return Markup.mention(first.userId()) + ", " + Markup.escape(askForACall(sharedChallenges));
  }

  /**
   * The ask to whoever said yes first, as plain text for any chat platform: a 30-minute call, and
   * something to start on.
   */
  public static String askForACall(List<String> sharedChallenges) {
    String opener =
        sharedChallenges.isEmpty()
            ? "what you're each working on right now"
            : "how your organisations are approaching "
                + sharedChallenges.get(0).toLowerCase(java.util.Locale.UK);
    return "you said yes first: could you suggest a time for a 30-minute call this week? A good"
        + " place to start: "
        + opener
        + ".";
  }

  private static String who(Profile p) {
    return Markup.mention(p.userId())
        + " – "
        + Markup.escape(p.member().role())
        + ", "
        + Markup.escape(p.organisation().name())
        + " ("
        + Markup.escape(p.member().place())
        + ")";
  }
}
