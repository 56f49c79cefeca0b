package org.commonground.bot.slack;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.TeamJoinEvent;
import com.slack.api.model.event.UserChangeEvent;
import org.commonground.bot.admin.Admins;
import org.commonground.bot.consent.ConsentListeners;
import org.commonground.bot.consent.NoticeAgreement;
import org.commonground.bot.curation.AdminFormButton;
import org.commonground.bot.curation.AdminFormSubmission;
import org.commonground.bot.digest.CrossPlatformIntroMessage;
import org.commonground.bot.digest.DigestMessage;
import org.commonground.bot.digest.MatchAnswerAction;
import org.commonground.bot.digest.MatchResponses;
import org.commonground.bot.digest.PauseWeekAction;
import org.commonground.bot.home.AppHomeOpened;
import org.commonground.bot.home.BlockListListeners;
import org.commonground.bot.home.HomeService;
import org.commonground.bot.home.HomeView;
import org.commonground.bot.home.MemberBlocks;
import org.commonground.bot.home.MemberSettings;
import org.commonground.bot.home.OpenProfileModal;
import org.commonground.bot.home.SettingChosen;
import org.commonground.bot.introduce.IntroduceSlashCommand;
import org.commonground.bot.introduce.IntroductionAnnouncer;
import org.commonground.bot.introduce.OrganisationOptions;
import org.commonground.bot.introduce.ProfileModal;
import org.commonground.bot.introduce.ProfileService;
import org.commonground.bot.introduce.ProfileSubmission;
import org.commonground.bot.introduce.WarmIntroFeature;
import org.commonground.bot.lifecycle.MemberLifecycle;
import org.commonground.bot.lifecycle.TeamJoin;
import org.commonground.bot.lifecycle.UserChange;
import org.commonground.bot.meetings.DidYouMeetMessage;
import org.commonground.bot.meetings.MeetingAnswerClick;
import org.commonground.bot.meetings.MeetingFollowUp;
import org.commonground.bot.orgs.OrgCuration;
import org.commonground.bot.orgs.OrgsSlashCommand;
import org.commonground.bot.privacy.DeleteMyProfile;
import org.commonground.bot.privacy.DeletionConfirmed;
import org.commonground.bot.privacy.DeletionModal;
import org.commonground.bot.privacy.DownloadMyData;
import org.commonground.bot.privacy.InactivityWarning;
import org.commonground.bot.privacy.KeepMyProfile;
import org.commonground.bot.privacy.PrivacyService;
import org.commonground.bot.rounds.AutoPause;
import org.commonground.bot.rounds.AutoPauseMessage;
import org.commonground.bot.rounds.DigestAdmin;
import org.commonground.bot.rounds.DigestSlashCommand;
import org.commonground.bot.rounds.KeepMeIn;
import org.commonground.bot.tags.AddTagModal;
import org.commonground.bot.tags.EditTagModal;
import org.commonground.bot.tags.MergeTagsModal;
import org.commonground.bot.tags.SuggestionDecisionClick;
import org.commonground.bot.tags.SuggestionMessage;
import org.commonground.bot.tags.SuggestionService;
import org.commonground.bot.tags.TagFormInputs;
import org.commonground.bot.tags.TagForms;
import org.commonground.bot.tags.TagListView;
import org.commonground.bot.tags.TagOptionsLoad;
import org.commonground.bot.tags.TagRequestHandler;
import org.commonground.bot.tags.TagsSlashCommand;
import org.commonground.storage.messages.SentMessages;
import org.commonground.storage.rounds.Answer;
import org.commonground.storage.rounds.MeetingAnswer;
import org.commonground.storage.tags.TagCatalogue;

/** Binds every Slack entry point to its listener, in one place. */
public final class Listeners {

  private static final String TAGS_TITLE = "Challenge tags";

  private Listeners() {}

  /** The services listeners hand their work to. */
  public record Services(
      Admins admins,
      Poster poster,
      ProfileService profiles,
      IntroductionAnnouncer announcer,
      TagCatalogue tagCatalogue,
      TagRequestHandler tagCommands,
      TagForms tagForms,
      SuggestionService suggestions,
      OrgCuration orgs,
      HomeService home,
      MemberSettings settings,
      MemberBlocks blocks,
      PrivacyService privacy,
      MemberLifecycle lifecycle,
      OncePerEvent once,
      DigestAdmin digests,
      MatchResponses matchResponses,
      MeetingFollowUp meetings,
      AutoPause autoPause,
      WarmIntroFeature warmIntros,
      SentMessages sentMessages,
      NoticeAgreement consent) {}

  public static void register(App app, Services services) {
    app.command(
        IntroduceSlashCommand.COMMAND,
        new IntroduceSlashCommand(
            services.profiles(), services.privacy(), services.warmIntros().introductions()));
    services.warmIntros().register(app);
    app.viewSubmission(
        ProfileModal.CALLBACK_ID,
        new ProfileSubmission(services.profiles(), services.announcer(), services.suggestions()));
    app.blockSuggestion(
        ProfileModal.ORGANISATION_ACTION, new OrganisationOptions(services.profiles()));
    registerHome(app, services);
    registerPrivacy(app, services);
    ConsentListeners.register(app, services.consent());
    registerRound(app, services);
    registerMeetings(app, services.meetings());
    registerTags(app, services);
    registerTagForms(app, services);
    registerSuggestions(app, services);
    app.command(OrgsSlashCommand.COMMAND, new OrgsSlashCommand(services.admins(), services.orgs()));
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
    BlockListListeners.register(app, home, services.blocks());
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
    app.command(
        DigestSlashCommand.COMMAND, new DigestSlashCommand(services.admins(), services.digests()));
    app.blockAction(
        DigestMessage.INTRO_ME_ACTION,
        new MatchAnswerAction(services.matchResponses(), Answer.INTRO_ME));
    app.blockAction(
        DigestMessage.NOT_FOR_ME_ACTION,
        new MatchAnswerAction(services.matchResponses(), Answer.NOT_FOR_ME));
    app.blockAction(
        DigestMessage.PAUSE_ACTION,
        new PauseWeekAction(services.settings(), services.sentMessages()));
    app.blockAction(DigestMessage.EDIT_PROFILE_ACTION, new OpenProfileModal(services.profiles()));
    // A link: Slack opens it, and tells the app of the click only to be acknowledged.
    app.blockAction(CrossPlatformIntroMessage.CHAT_ACTION, (request, ctx) -> ctx.ack());
    app.blockAction(AutoPauseMessage.KEEP_ME_IN_ACTION, new KeepMeIn(services.autoPause()));
  }

  private static void registerMeetings(App app, MeetingFollowUp meetings) {
    app.blockAction(
        DidYouMeetMessage.YES_ACTION, new MeetingAnswerClick(meetings, MeetingAnswer.YES));
    app.blockAction(
        DidYouMeetMessage.NOT_YET_ACTION, new MeetingAnswerClick(meetings, MeetingAnswer.NOT_YET));
    app.blockAction(
        DidYouMeetMessage.NO_ACTION, new MeetingAnswerClick(meetings, MeetingAnswer.NO));
  }

  private static void registerTags(App app, Services services) {
    app.command(
        TagsSlashCommand.COMMAND, new TagsSlashCommand(services.admins(), services.tagCommands()));
    TagOptionsLoad active = new TagOptionsLoad(services.tagCatalogue(), false);
    for (String picker :
        new String[] {
          ProfileModal.CHALLENGES_ACTION,
          ProfileModal.OFFERS_ACTION,
          ProfileModal.ASKS_ACTION,
          MergeTagsModal.INTO_ACTION,
          SuggestionMessage.MERGE_ACTION
        }) {
      app.blockSuggestion(picker, active);
    }
    TagOptionsLoad current = new TagOptionsLoad(services.tagCatalogue(), true);
    app.blockSuggestion(EditTagModal.TAG_ACTION, current);
    app.blockSuggestion(MergeTagsModal.FROM_ACTION, current);
  }

  private static void registerTagForms(App app, Services services) {
    Admins admins = services.admins();
    TagForms forms = services.tagForms();
    app.blockAction(
        TagListView.ADD_ACTION, new AdminFormButton(admins, services.poster(), forms::add));
    app.blockAction(
        TagListView.EDIT_ACTION, new AdminFormButton(admins, services.poster(), forms::edit));
    app.blockAction(
        TagListView.MERGE_ACTION, new AdminFormButton(admins, services.poster(), forms::merge));
    app.viewSubmission(
        AddTagModal.CALLBACK_ID,
        new AdminFormSubmission(admins, TAGS_TITLE, TagFormInputs.NAME_BLOCK, forms::submitAdd));
    app.viewSubmission(
        EditTagModal.CALLBACK_ID,
        new AdminFormSubmission(admins, TAGS_TITLE, EditTagModal.TAG_BLOCK, forms::submitEdit));
    app.viewSubmission(
        MergeTagsModal.CALLBACK_ID,
        new AdminFormSubmission(admins, TAGS_TITLE, MergeTagsModal.FROM_BLOCK, forms::submitMerge));
  }

  private static void registerSuggestions(App app, Services services) {
    app.blockAction(
        SuggestionMessage.APPROVE_ACTION,
        new AdminFormButton(services.admins(), services.poster(), services.tagForms()::approve));
    SuggestionDecisionClick decide =
        new SuggestionDecisionClick(services.admins(), services.poster(), services.suggestions());
    app.blockAction(SuggestionMessage.REJECT_ACTION, decide);
    app.blockAction(SuggestionMessage.MERGE_ACTION, decide);
  }
}
