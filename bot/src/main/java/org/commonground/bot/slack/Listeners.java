package org.commonground.bot.slack;

import com.slack.api.bolt.App;
import org.commonground.bot.admin.Admins;
import org.commonground.bot.digest.DigestMessage;
import org.commonground.bot.digest.EditProfileAction;
import org.commonground.bot.digest.IntroMeAction;
import org.commonground.bot.digest.MatchResponses;
import org.commonground.bot.digest.NotForMeAction;
import org.commonground.bot.digest.PauseWeekAction;
import org.commonground.bot.digest.Pauses;
import org.commonground.bot.introduce.IntroduceCommand;
import org.commonground.bot.introduce.IntroductionAnnouncer;
import org.commonground.bot.introduce.OrganisationOptions;
import org.commonground.bot.introduce.ProfileModal;
import org.commonground.bot.introduce.ProfileService;
import org.commonground.bot.introduce.ProfileSubmission;
import org.commonground.bot.rounds.DigestAdmin;
import org.commonground.bot.rounds.DigestCommand;

/** Binds every Slack entry point to its listener, in one place. */
public final class Listeners {

  private Listeners() {}

  /** The services listeners hand their work to. */
  public record Services(
      Admins admins,
      ProfileService profiles,
      IntroductionAnnouncer announcer,
      DigestAdmin digests,
      MatchResponses matchResponses,
      Pauses pauses) {}

  public static void register(App app, Services services) {
    app.command(IntroduceCommand.COMMAND, new IntroduceCommand(services.profiles()));
    app.viewSubmission(
        ProfileModal.CALLBACK_ID, new ProfileSubmission(services.profiles(), services.announcer()));
    app.blockSuggestion(
        ProfileModal.ORGANISATION_ACTION, new OrganisationOptions(services.profiles()));
    app.command(DigestCommand.COMMAND, new DigestCommand(services.admins(), services.digests()));
    app.blockAction(DigestMessage.INTRO_ME_ACTION, new IntroMeAction(services.matchResponses()));
    app.blockAction(DigestMessage.NOT_FOR_ME_ACTION, new NotForMeAction(services.matchResponses()));
    app.blockAction(DigestMessage.PAUSE_ACTION, new PauseWeekAction(services.pauses()));
    app.blockAction(DigestMessage.EDIT_PROFILE_ACTION, new EditProfileAction(services.profiles()));
  }
}
