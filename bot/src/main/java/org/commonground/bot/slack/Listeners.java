package org.commonground.bot.slack;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.TeamJoinEvent;
import com.slack.api.model.event.UserChangeEvent;
import org.commonground.bot.admin.Admins;
import org.commonground.bot.digest.DigestMessage;
import org.commonground.bot.digest.IntroMeAction;
import org.commonground.bot.digest.MatchResponses;
import org.commonground.bot.digest.NotForMeAction;
import org.commonground.bot.digest.PauseWeekAction;
import org.commonground.bot.home.AppHomeOpened;
import org.commonground.bot.home.HomeService;
import org.commonground.bot.home.HomeView;
import org.commonground.bot.home.MemberSettings;
import org.commonground.bot.home.OpenProfileModal;
import org.commonground.bot.home.SettingChosen;
import org.commonground.bot.introduce.IntroduceCommand;
import org.commonground.bot.introduce.IntroductionAnnouncer;
import org.commonground.bot.introduce.OrganisationOptions;
import org.commonground.bot.introduce.ProfileModal;
import org.commonground.bot.introduce.ProfileService;
import org.commonground.bot.introduce.ProfileSubmission;
import org.commonground.bot.lifecycle.MemberLifecycle;
import org.commonground.bot.lifecycle.TeamJoin;
import org.commonground.bot.lifecycle.UserChange;
import org.commonground.bot.privacy.DeleteMyProfile;
import org.commonground.bot.privacy.DeletionConfirmed;
import org.commonground.bot.privacy.DeletionModal;
import org.commonground.bot.privacy.DownloadMyData;
import org.commonground.bot.privacy.InactivityWarning;
import org.commonground.bot.privacy.KeepMyProfile;
import org.commonground.bot.privacy.PrivacyService;
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
      HomeService home,
      MemberSettings settings,
      PrivacyService privacy,
      MemberLifecycle lifecycle,
      OncePerEvent once,
      DigestAdmin digests,
      MatchResponses matchResponses) {}

  public static void register(App app, Services services) {
    app.command(
        IntroduceCommand.COMMAND, new IntroduceCommand(services.profiles(), services.privacy()));
    app.viewSubmission(
        ProfileModal.CALLBACK_ID, new ProfileSubmission(services.profiles(), services.announcer()));
    app.blockSuggestion(
        ProfileModal.ORGANISATION_ACTION, new OrganisationOptions(services.profiles()));
    registerHome(app, services);
    registerPrivacy(app, services);
    registerRound(app, services);
    app.event(TeamJoinEvent.class, new TeamJoin(services.lifecycle(), services.once()));
    app.event(UserChangeEvent.class, new UserChange(services.lifecycle(), services.once()));
  }

  private static void registerHome(App app, Services services) {
    HomeService home = services.home();
    MemberSettings settings = services.settings();
    app.event(AppHomeOpenedEvent.class, new AppHomeOpened(home));
    OpenProfileModal openProfile = new OpenProfileModal(services.profiles());
    app.blockAction(HomeView.INTRODUCE_ACTION, openProfile);
    app.blockAction(HomeView.EDIT_PROFILE_ACTION, openProfile);
    app.blockAction(HomeView.MATCHES_ACTION, new SettingChosen(home, settings::setMatchesPerWeek));
    app.blockAction(HomeView.PAUSE_FOR_ACTION, new SettingChosen(home, settings::pauseForWeeks));
    app.blockAction(HomeView.PAUSE_UNTIL_ACTION, new SettingChosen(home, settings::pauseUntil));
    app.blockAction(
        HomeView.RESUME_ACTION, new SettingChosen(home, (user, value) -> settings.resume(user)));
  }

  private static void registerPrivacy(App app, Services services) {
    app.blockAction(
        HomeView.DOWNLOAD_ACTION, new DownloadMyData(services.privacy(), services.home()));
    app.blockAction(HomeView.DELETE_ACTION, new DeleteMyProfile());
    app.viewSubmission(
        DeletionModal.CALLBACK_ID, new DeletionConfirmed(services.privacy(), services.home()));
    app.blockAction(InactivityWarning.KEEP_ACTION, new KeepMyProfile(services.privacy()));
  }

  private static void registerRound(App app, Services services) {
    app.command(DigestCommand.COMMAND, new DigestCommand(services.admins(), services.digests()));
    app.blockAction(DigestMessage.INTRO_ME_ACTION, new IntroMeAction(services.matchResponses()));
    app.blockAction(DigestMessage.NOT_FOR_ME_ACTION, new NotForMeAction(services.matchResponses()));
    app.blockAction(DigestMessage.PAUSE_ACTION, new PauseWeekAction(services.settings()));
    app.blockAction(DigestMessage.EDIT_PROFILE_ACTION, new OpenProfileModal(services.profiles()));
  }
}
