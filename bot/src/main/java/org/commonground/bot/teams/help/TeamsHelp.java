package org.commonground.bot.teams.help;

import java.util.Optional;
import java.util.function.Predicate;
import org.commonground.bot.core.consent.PrivacyNotice;
import org.commonground.bot.teams.Activity;
import org.commonground.bot.teams.TeamsHandlers;
import org.commonground.bot.teams.TeamsReplies;
import org.commonground.bot.teams.cards.HelpCard;

/** {@code introduce help}, and what any text that isn't a command gets: the help card. */
public final class TeamsHelp {

  private final Predicate<String> admin;
  private final Optional<String> console;
  private final PrivacyNotice notice;
  private final TeamsReplies replies;

  /**
   * @param console the console's address, shown to admins when the console is on
   */
  public TeamsHelp(
      Predicate<String> admin,
      PrivacyNotice notice,
      Optional<String> console,
      TeamsReplies replies) {
    this.admin = admin;
    this.console = console;
    this.notice = notice;
    this.replies = replies;
  }

  public void register(TeamsHandlers handlers) {
    handlers.unknown((activity, text) -> send(activity, text));
  }

  public void send(Activity activity) {
    send(activity, "");
  }

  private void send(Activity activity, String notUnderstood) {
    replies.send(
        activity,
        HelpCard.message(notUnderstood, admin.test(activity.fromUserId()), console, notice));
  }
}
