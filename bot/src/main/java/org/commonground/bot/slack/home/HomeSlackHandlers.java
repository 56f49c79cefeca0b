package org.commonground.bot.slack.home;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import org.commonground.bot.core.home.MemberSettings;
import org.commonground.bot.slack.introduce.ProfileModals;

/** The App Home: opening it, its profile buttons and the member's settings. */
public final class HomeSlackHandlers {

  private final HomeService home;
  private final MemberSettings settings;
  private final ProfileModals modals;

  public HomeSlackHandlers(HomeService home, MemberSettings settings, ProfileModals modals) {
    this.home = home;
    this.settings = settings;
    this.modals = modals;
  }

  public void register(App app) {
    app.event(AppHomeOpenedEvent.class, new AppHomeOpened(home));
    OpenProfileModal openProfile = new OpenProfileModal(modals);
    app.blockAction(HomeView.INTRODUCE_ACTION, openProfile);
    app.blockAction(HomeView.EDIT_PROFILE_ACTION, openProfile);
    app.blockAction(HomeView.MATCHES_ACTION, new SettingChosen(home, settings::setMatchesPerWeek));
    app.blockAction(HomeView.PAUSE_FOR_ACTION, new SettingChosen(home, settings::pauseForWeeks));
    app.blockAction(HomeView.PAUSE_UNTIL_ACTION, new SettingChosen(home, settings::pauseUntil));
    app.blockAction(
        HomeView.RESUME_ACTION, new SettingChosen(home, (user, value) -> settings.resume(user)));
  }
}
