package org.commonground.bot.teams.commands;

import java.util.Locale;
import org.commonground.bot.teams.Activity;
import org.commonground.bot.teams.TeamsHandlers;
import org.commonground.bot.teams.help.TeamsHelp;
import org.commonground.bot.teams.introductions.TeamsWarmIntros;
import org.commonground.bot.teams.privacy.TeamsPrivacy;
import org.commonground.bot.teams.profile.TeamsProfiles;

/**
 * {@code introduce} and the words after it, as the Slack command takes them: the form on its own,
 * then {@code help}, {@code export} and {@code delete}, and {@code introduce @a @b why}, a warm
 * introduction.
 */
public final class IntroduceCommand {

  public static final String WORD = "introduce";

  private final TeamsProfiles profiles;
  private final TeamsPrivacy privacy;
  private final TeamsHelp help;
  private final TeamsWarmIntros warmIntros;

  public IntroduceCommand(
      TeamsProfiles profiles, TeamsPrivacy privacy, TeamsHelp help, TeamsWarmIntros warmIntros) {
    this.profiles = profiles;
    this.privacy = privacy;
    this.help = help;
    this.warmIntros = warmIntros;
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
        if (TeamsWarmIntros.isOne(arguments)) {
          warmIntros.suggest(activity, arguments);
        } else {
          help.send(activity);
        }
      }
    }
  }
}
