package org.commonground.bot.slack.introduce;

import com.slack.api.bolt.App;
import org.commonground.bot.core.introduce.ProfileFields;
import org.commonground.bot.core.introduce.ProfileService;
import org.commonground.bot.core.introduce.WarmIntroductions;
import org.commonground.bot.core.privacy.PrivacyService;
import org.commonground.bot.core.tags.SuggestionService;
import org.commonground.bot.slack.tags.TagOptionsLoad;
import org.commonground.storage.tags.TagCatalogue;

/** {@code /introduce} and the profile modal: its submission and the options its pickers load. */
public final class IntroduceSlackHandlers {

  private final ProfileService profiles;
  private final ProfileModals modals;
  private final PrivacyService privacy;
  private final WarmIntroductions warmIntros;
  private final IntroductionAnnouncer announcer;
  private final SuggestionService suggestions;
  private final TagCatalogue tags;

  public IntroduceSlackHandlers(
      ProfileService profiles,
      ProfileModals modals,
      PrivacyService privacy,
      WarmIntroductions warmIntros,
      IntroductionAnnouncer announcer,
      SuggestionService suggestions,
      TagCatalogue tags) {
    this.profiles = profiles;
    this.modals = modals;
    this.privacy = privacy;
    this.warmIntros = warmIntros;
    this.announcer = announcer;
    this.suggestions = suggestions;
    this.tags = tags;
  }

  public void register(App app) {
    app.command(
        IntroduceSlashCommand.COMMAND,
        new IntroduceSlashCommand(profiles, modals, privacy, warmIntros));
    app.viewSubmission(
        ProfileModal.CALLBACK_ID, new ProfileSubmission(profiles, announcer, suggestions));
    app.blockSuggestion(ProfileFields.ORGANISATION_INPUT, new OrganisationOptions(profiles));
    // A profile names only tags in use; retired ones are not offered.
    TagOptionsLoad active = new TagOptionsLoad(tags, false);
    for (String picker :
        new String[] {
          ProfileFields.CHALLENGES_INPUT, ProfileFields.OFFERS_INPUT, ProfileFields.ASKS_INPUT
        }) {
      app.blockSuggestion(picker, active);
    }
  }
}
