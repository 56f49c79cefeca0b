package org.commonground.bot;

import com.slack.api.bolt.App;
import org.commonground.bot.core.admin.Admins;
import org.commonground.bot.core.digest.MatchResponses;
import org.commonground.bot.core.home.MemberBlocks;
import org.commonground.bot.core.home.MemberSettings;
import org.commonground.bot.core.introduce.ProfileService;
import org.commonground.bot.core.introduce.WarmIntroFeature;
import org.commonground.bot.core.meetings.MeetingFollowUp;
import org.commonground.bot.core.orgs.OrgCuration;
import org.commonground.bot.core.privacy.PrivacyService;
import org.commonground.bot.core.rounds.AutoPause;
import org.commonground.bot.core.rounds.DigestAdmin;
import org.commonground.bot.core.tags.SuggestionService;
import org.commonground.bot.core.tags.TagRequestHandler;
import org.commonground.bot.slack.OncePerEvent;
import org.commonground.bot.slack.Poster;
import org.commonground.bot.slack.consent.ConsentSlackHandlers;
import org.commonground.bot.slack.consent.NoticeAgreement;
import org.commonground.bot.slack.digest.DigestSlackHandlers;
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
import org.commonground.bot.slack.tags.SuggestionSlackHandlers;
import org.commonground.bot.slack.tags.TagFormSlackHandlers;
import org.commonground.bot.slack.tags.TagForms;
import org.commonground.bot.slack.tags.TagSlackHandlers;
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
