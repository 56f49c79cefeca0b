package org.commonground.bot.slack.privacy;

import com.slack.api.bolt.App;
import org.commonground.bot.core.privacy.PrivacyService;
import org.commonground.bot.slack.home.HomeService;
import org.commonground.bot.slack.home.HomeView;

/** Downloading one's data, deleting one's profile, and keeping it when warned of inactivity. */
public final class PrivacySlackHandlers {

  private final PrivacyService privacy;
  private final HomeService home;

  public PrivacySlackHandlers(PrivacyService privacy, HomeService home) {
    this.privacy = privacy;
    this.home = home;
  }

  public void register(App app) {
    app.blockAction(HomeView.DOWNLOAD_ACTION, new DownloadMyData(privacy, home));
    app.blockAction(HomeView.DELETE_ACTION, new DeleteMyProfile());
    app.viewSubmission(DeletionModal.CALLBACK_ID, new DeletionConfirmed(privacy, home));
    app.blockAction(InactivityWarning.KEEP_ACTION, new KeepMyProfile(privacy));
  }
}
