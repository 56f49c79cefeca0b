package org.commonground.bot;

import com.slack.api.bolt.App;
import java.net.URI;
import org.commonground.bot.config.Settings;
import org.commonground.bot.console.ConsoleServlet;
import org.commonground.bot.core.admin.Admins;
import org.commonground.bot.core.consent.PrivacyNotice;
import org.commonground.bot.core.curation.Reply;
import org.commonground.bot.core.home.MemberSettings;
import org.commonground.bot.core.introduce.ProfileService;
import org.commonground.bot.core.introduce.WarmIntroFeature;
import org.commonground.bot.core.privacy.PrivacyService;
import org.commonground.bot.core.tags.SuggestionService;
import org.commonground.bot.slack.OncePerEvent;
import org.commonground.bot.slack.Poster;
import org.commonground.bot.slack.consent.ConsentSlackHandlers;
import org.commonground.bot.slack.consent.NoticeAgreement;
import org.commonground.bot.slack.curation.SlackReplyBlocks;
import org.commonground.bot.slack.digest.DigestSlackHandlers;
import org.commonground.bot.slack.home.AdminSections;
import org.commonground.bot.slack.home.BlockListSlackHandlers;
import org.commonground.bot.slack.home.HomeService;
import org.commonground.bot.slack.home.HomeSlackHandlers;
import org.commonground.bot.slack.home.OpenProfileModal;
import org.commonground.bot.slack.introduce.IntroduceSlackHandlers;
import org.commonground.bot.slack.introduce.IntroductionAnnouncer;
import org.commonground.bot.slack.introduce.ProfileModals;
import org.commonground.bot.slack.introduce.WarmIntroSlackHandlers;
import org.commonground.bot.slack.lifecycle.LifecycleSlackHandlers;
import org.commonground.bot.slack.lifecycle.MemberLifecycle;
import org.commonground.bot.slack.meetings.MeetingSlackHandlers;
import org.commonground.bot.slack.orgs.OrgSlackHandlers;
import org.commonground.bot.slack.privacy.PrivacySlackHandlers;
import org.commonground.bot.slack.rounds.RoundSlackHandlers;
import org.commonground.bot.slack.tags.SlackSuggestionMessages;
import org.commonground.bot.slack.tags.SuggestionSlackHandlers;
import org.commonground.bot.slack.tags.TagFormSlackHandlers;
import org.commonground.bot.slack.tags.TagForms;
import org.commonground.bot.slack.tags.TagSlackHandlers;
import org.commonground.storage.Stores;
import org.commonground.storage.messages.SentMessages;

/**
 * Part of the composition root: the Slack-only parts of each feature over the {@link CoreServices},
 * and each feature's own registration of its handlers on the Bolt app.
 */
record SlackFeatures(
    CoreServices core,
    Admins admins,
    Poster poster,
    SentMessages sentMessages,
    IntroductionAnnouncer announcer,
    TagForms tagForms,
    HomeService home,
    MemberLifecycle lifecycle,
    OncePerEvent once,
    NoticeAgreement consent) {

  /** Pending tag suggestions shown in an admin's App Home; more wait their turn. */
  private static final int PENDING_SHOWN_AT_HOME = 5;

  static SlackFeatures create(Basics basics, Messaging messaging, CoreServices core) {
    Stores stores = basics.stores();
    Admins admins = core.admins();
    HomeService home = home(basics, messaging, core, admins);
    return new SlackFeatures(
        core,
        admins,
        messaging.poster(),
        messaging.sent(),
        announcer(basics, messaging, core.notice()),
        new TagForms(core.curation(), core.suggestions()),
        home,
        new MemberLifecycle(
            stores.memberStatus(),
            messaging.direct(),
            core.networkSettings().texts()::welcome,
            basics.background()),
        new OncePerEvent(stores.processedEvents()),
        consent(basics, messaging, core, home));
  }

  private static HomeService home(
      Basics basics, Messaging messaging, CoreServices core, Admins admins) {
    Stores stores = basics.stores();
    AdminSections adminPanels =
        new AdminSections(
            basics
                .settings()
                .console()
                .map(console -> URI.create(console.baseUrl() + ConsoleServlet.ROOT)),
            () -> SlackReplyBlocks.of(Reply.of("Round status", core.digests().status())),
            () ->
                SlackSuggestionMessages.pendingCards(
                    core.suggestions().pending(), core.tags().active(), PENDING_SHOWN_AT_HOME));
    return new HomeService(
        messaging.client(),
        new HomeService.Stores(
            stores.profiles(),
            stores.blocks(),
            stores.memberPairs(),
            stores.networkFigures(),
            stores.memberStatus()),
        admins,
        basics.settings(),
        core.programme(),
        basics.clock(),
        basics.background(),
        adminPanels,
        core.notice());
  }

  private static IntroductionAnnouncer announcer(
      Basics basics, Messaging messaging, PrivacyNotice notice) {
    Settings settings = basics.settings();
    Stores stores = basics.stores();
    return new IntroductionAnnouncer(
        messaging.poster(),
        messaging.sent(),
        stores.peopleToMeet(notice::version),
        stores.profiles(),
        settings.introChannel(),
        stores.slackCopies(),
        basics.background(),
        basics.clock(),
        settings.digestZone());
  }

  private static NoticeAgreement consent(
      Basics basics, Messaging messaging, CoreServices core, HomeService home) {
    return new NoticeAgreement(
        core.noticeAgreements(), messaging.poster(), home::publishLater, basics.background());
  }

  void register(App app) {
    ProfileService profiles = core.profiles();
    PrivacyService privacy = core.privacy();
    MemberSettings settings = core.memberSettings();
    SuggestionService suggestions = core.suggestions();
    WarmIntroFeature warmIntros = core.warmIntros();
    ProfileModals modals = new ProfileModals(profiles);
    new IntroduceSlackHandlers(
            profiles,
            modals,
            privacy,
            warmIntros.introductions(),
            announcer,
            suggestions,
            core.tags())
        .register(app);
    new WarmIntroSlackHandlers(warmIntros.answers()).register(app);
    new HomeSlackHandlers(home, settings, modals).register(app);
    new BlockListSlackHandlers(home, core.blocks()).register(app);
    new PrivacySlackHandlers(privacy, home).register(app);
    new ConsentSlackHandlers(consent).register(app);
    new RoundSlackHandlers(admins, core.digests(), core.weeklyRound().autoPause()).register(app);
    new DigestSlackHandlers(
            core.matchResponses(), settings, sentMessages, new OpenProfileModal(modals))
        .register(app);
    new MeetingSlackHandlers(core.meetings(), core.outcomes()).register(app);
    new TagSlackHandlers(admins, core.tagCommands(), core.tags()).register(app);
    new TagFormSlackHandlers(admins, poster, tagForms).register(app);
    new SuggestionSlackHandlers(admins, poster, tagForms, suggestions).register(app);
    new OrgSlackHandlers(admins, core.orgs()).register(app);
    new LifecycleSlackHandlers(lifecycle, once).register(app);
  }
}
