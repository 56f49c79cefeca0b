package org.commonground.bot.teams.commands;

import java.util.Locale;
import org.commonground.bot.introduce.WarmIntroRequest;
import org.commonground.bot.teams.Activity;
import org.commonground.bot.teams.TeamsHandlers;
import org.commonground.bot.teams.TeamsReplies;
import org.commonground.bot.teams.help.TeamsHelp;
import org.commonground.bot.teams.privacy.TeamsPrivacy;
import org.commonground.bot.teams.profile.TeamsProfiles;

/**
 * {@code introduce} and the words after it, as the Slack command takes them: the form on its own,
 * then {@code help}, {@code export} and {@code delete}.
 */
public final class IntroduceCommand {

  public static final String WORD = "introduce";

  static final String SUGGEST_IN_SLACK =
      "Suggesting that two people meet works in Slack for now. In Teams you'll be introduced to"
          + " people every week: send **introduce** to keep your profile up to date.";

  private final TeamsProfiles profiles;
  private final TeamsPrivacy privacy;
  private final TeamsHelp help;
  private final TeamsReplies replies;

  public IntroduceCommand(
      TeamsProfiles profiles, TeamsPrivacy privacy, TeamsHelp help, TeamsReplies replies) {
    this.profiles = profiles;
    this.privacy = privacy;
    this.help = help;
    this.replies = replies;
  }

  public void register(TeamsHandlers handlers) {
    handlers.command(WORD, this::handle);
  }

  private void handle(Activity activity, String arguments) {
    switch (arguments.toLowerCase(Locale.ROOT)) {
      case "" -> profiles.sendForm(activity);
      case "help" -> help.send(activity);
      case "export" -> privacy.export(activity);
      case "delete" -> privacy.askToDelete(activity);
      default -> {
        if (WarmIntroRequest.isOne(arguments) || arguments.startsWith("<at>")) {
          replies.text(activity, SUGGEST_IN_SLACK);
        } else {
          help.send(activity);
        }
      }
    }
  }
}
