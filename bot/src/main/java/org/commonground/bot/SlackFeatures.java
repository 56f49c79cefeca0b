package org.commonground.bot;

import com.slack.api.bolt.App;
import org.commonground.bot.admin.Admins;
import org.commonground.bot.consent.ConsentSlackHandlers;
import org.commonground.bot.consent.NoticeAgreement;
import org.commonground.bot.digest.DigestSlackHandlers;
import org.commonground.bot.digest.MatchResponses;
import org.commonground.bot.home.BlockListSlackHandlers;
import org.commonground.bot.home.HomeService;
import org.commonground.bot.home.HomeSlackHandlers;
import org.commonground.bot.home.MemberBlocks;
import org.commonground.bot.home.MemberSettings;
import org.commonground.bot.home.OpenProfileModal;
import org.commonground.bot.introduce.IntroduceSlackHandlers;
import org.commonground.bot.introduce.IntroductionAnnouncer;
import org.commonground.bot.introduce.ProfileModals;
import org.commonground.bot.introduce.ProfileService;
import org.commonground.bot.introduce.WarmIntroFeature;
import org.commonground.bot.introduce.WarmIntroSlackHandlers;
import org.commonground.bot.lifecycle.LifecycleSlackHandlers;
import org.commonground.bot.lifecycle.MemberLifecycle;
import org.commonground.bot.meetings.MeetingFollowUp;
import org.commonground.bot.meetings.MeetingSlackHandlers;
import org.commonground.bot.orgs.OrgCuration;
import org.commonground.bot.orgs.OrgSlackHandlers;
import org.commonground.bot.privacy.PrivacyService;
import org.commonground.bot.privacy.PrivacySlackHandlers;
import org.commonground.bot.rounds.AutoPause;
import org.commonground.bot.rounds.DigestAdmin;
import org.commonground.bot.rounds.RoundSlackHandlers;
import org.commonground.bot.slack.OncePerEvent;
import org.commonground.bot.slack.Poster;
import org.commonground.bot.tags.SuggestionService;
import org.commonground.bot.tags.SuggestionSlackHandlers;
import org.commonground.bot.tags.TagFormSlackHandlers;
import org.commonground.bot.tags.TagForms;
import org.commonground.bot.tags.TagRequestHandler;
import org.commonground.bot.tags.TagSlackHandlers;
import org.commonground.storage.messages.SentMessages;
import org.commonground.storage.tags.TagCatalogue;

/**
 * Part of the composition root: the services behind the app's Slack entry points, and each
 * feature's own registration of its handlers on the Bolt app.
 */
record SlackFeatures(
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
    NoticeAgreement consent) {

  void register(App app) {
    ProfileModals modals = new ProfileModals(profiles);
    new IntroduceSlackHandlers(
            profiles,
            modals,
            privacy,
            warmIntros.introductions(),
            announcer,
            suggestions,
            tagCatalogue)
        .register(app);
    new WarmIntroSlackHandlers(warmIntros.answers()).register(app);
    new HomeSlackHandlers(home, settings, modals).register(app);
    new BlockListSlackHandlers(home, blocks).register(app);
    new PrivacySlackHandlers(privacy, home).register(app);
    new ConsentSlackHandlers(consent).register(app);
    new RoundSlackHandlers(admins, digests, autoPause).register(app);
    new DigestSlackHandlers(matchResponses, settings, sentMessages, new OpenProfileModal(modals))
        .register(app);
    new MeetingSlackHandlers(meetings).register(app);
    new TagSlackHandlers(admins, tagCommands, tagCatalogue).register(app);
    new TagFormSlackHandlers(admins, poster, tagForms).register(app);
    new SuggestionSlackHandlers(admins, poster, tagForms, suggestions).register(app);
    new OrgSlackHandlers(admins, orgs).register(app);
    new LifecycleSlackHandlers(lifecycle, once).register(app);
  }
}
