package org.commonground.bot.slack;

import com.slack.api.bolt.App;
import org.commonground.bot.admin.Admins;
import org.commonground.bot.introduce.IntroduceCommand;
import org.commonground.bot.introduce.IntroductionAnnouncer;
import org.commonground.bot.introduce.OrganisationOptions;
import org.commonground.bot.introduce.ProfileModal;
import org.commonground.bot.introduce.ProfileService;
import org.commonground.bot.introduce.ProfileSubmission;

/** Binds every Slack entry point to its listener, in one place. */
public final class Listeners {

  private Listeners() {}

  /** The services listeners hand their work to. */
  public record Services(Admins admins, ProfileService profiles, IntroductionAnnouncer announcer) {}

  public static void register(App app, Services services) {
    app.command(IntroduceCommand.COMMAND, new IntroduceCommand(services.profiles()));
    app.viewSubmission(
        ProfileModal.CALLBACK_ID, new ProfileSubmission(services.profiles(), services.announcer()));
    app.blockSuggestion(
        ProfileModal.ORGANISATION_ACTION, new OrganisationOptions(services.profiles()));
  }
}
