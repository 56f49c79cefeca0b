package org.commonground.bot;

import org.commonground.bot.config.Settings;
import org.commonground.bot.core.admin.Admins;
import org.commonground.bot.core.consent.ConsentRequestsNow;
import org.commonground.bot.core.consent.NoticeAgreements;
import org.commonground.bot.core.consent.PrivacyNotice;
import org.commonground.bot.core.digest.DigestComposer;
import org.commonground.bot.core.digest.DigestDelivery;
import org.commonground.bot.core.digest.DigestRedraw;
import org.commonground.bot.core.digest.MatchResponses;
import org.commonground.bot.core.home.MemberBlocks;
import org.commonground.bot.core.home.MemberSettings;
import org.commonground.bot.core.introduce.ProfileFields;
import org.commonground.bot.core.introduce.ProfileService;
import org.commonground.bot.core.introduce.WarmIntroFeature;
import org.commonground.bot.core.meetings.MeetingFollowUp;
import org.commonground.bot.core.meetings.WhatCameOfIt;
import org.commonground.bot.core.orgs.OrgCuration;
import org.commonground.bot.core.privacy.PrivacyService;
import org.commonground.bot.core.programme.ProgrammeSource;
import org.commonground.bot.core.rounds.AutoPause;
import org.commonground.bot.core.rounds.DigestAdmin;
import org.commonground.bot.core.rounds.RoundFigures;
import org.commonground.bot.core.rounds.RoundPlanner;
import org.commonground.bot.core.rounds.RoundPreviewer;
import org.commonground.bot.core.rounds.WeeklyRound;
import org.commonground.bot.core.rounds.WeeklyRoundTimer;
import org.commonground.bot.core.settings.NetworkSettings;
import org.commonground.bot.core.tags.SuggestionService;
import org.commonground.bot.core.tags.TagCuration;
import org.commonground.bot.core.tags.TagRequestHandler;
import org.commonground.bot.slack.SlackRemovals;
import org.commonground.bot.slack.admin.SlackWorkspaceAdmins;
import org.commonground.bot.slack.curation.SlackAdminMessages;
import org.commonground.bot.slack.privacy.SlackCopyRemover;
import org.commonground.bot.slack.privacy.SlackPrivacyMessages;
import org.commonground.bot.slack.rounds.SlackAutoPauseNotices;
import org.commonground.bot.slack.tags.SlackSuggestionMessages;
import org.commonground.matching.MatchingEngine;
import org.commonground.storage.Stores;
import org.commonground.storage.tags.TagCatalogue;

/**
 * Part of the composition root: the product's services, built from the stores and the ways the app
 * posts, and shared by the Slack and Teams sides so both act on one network.
 */
record CoreServices(
    PrivacyNotice notice,
    MemberSettings memberSettings,
    ProfileService profiles,
    TagCatalogue tags,
    TagCuration curation,
    TagRequestHandler tagCommands,
    SuggestionService suggestions,
    OrgCuration orgs,
    MemberBlocks blocks,
    PrivacyService privacy,
    SlackCopyRemover copiesInSlack,
    WeeklyRound weeklyRound,
    DigestAdmin digests,
    MatchResponses matchResponses,
    MeetingFollowUp meetings,
    WhatCameOfIt outcomes,
    WarmIntroFeature warmIntros,
    NoticeAgreements noticeAgreements,
    ProgrammeSource programme,
    NetworkSettings networkSettings,
    Admins admins) {

  static CoreServices build(Basics basics, Messaging messaging) {
    Stores stores = basics.stores();
    ProgrammeSource programme = ProgrammeSource.of(stores, basics.settings(), basics.clock());
    NetworkSettings networkSettings = networkSettings(basics, programme);
    PrivacyNotice notice =
        PrivacyNotice.over(
            networkSettings.notice()::settings, basics.settings().inactiveProfileMonths());
    MemberSettings memberSettings =
        new MemberSettings(stores.memberStatus(), basics.clock(), basics.settings().digestZone());
    SlackCopyRemover copiesInSlack = copiesInSlack(stores, messaging);
    WeeklyRound weeklyRound = weeklyRound(basics, messaging, memberSettings, notice);
    new RoundFigures(stores.rounds()).reportTo(basics.metrics());
    TagCatalogue tags = stores.tags();
    TagCuration curation = new TagCuration(tags);
    WhatCameOfIt outcomes = outcomes(basics, messaging);
    return new CoreServices(
        notice,
        memberSettings,
        profiles(basics, tags, networkSettings, notice),
        tags,
        curation,
        new TagRequestHandler(curation),
        suggestions(basics, messaging, tags, networkSettings),
        new OrgCuration(stores.organisations(), stores.organisationTenants()),
        new MemberBlocks(stores.profiles(), stores.blocks(), stores.organisations()),
        privacy(basics, messaging, copiesInSlack, notice),
        copiesInSlack,
        weeklyRound,
        digests(basics, messaging, weeklyRound, tags, programme),
        matchResponses(basics, messaging, tags),
        meetings(basics, messaging, outcomes),
        outcomes,
        warmIntros(basics, messaging, notice),
        new NoticeAgreements(
            basics.stores().memberConsent(),
            notice,
            basics.clock(),
            basics.settings().digestZone()),
        programme,
        networkSettings,
        // One for the chat and the console alike, so a workspace admin is asked about once.
        new Admins(
            networkSettings.admins(),
            new SlackWorkspaceAdmins(messaging.client()),
            basics.clock()));
  }

  /** What the console changes; a saved schedule moves the round's run in the scheduler's table. */
  private static NetworkSettings networkSettings(Basics basics, ProgrammeSource programme) {
    return NetworkSettings.create(
        basics.stores(),
        basics.settings(),
        programme,
        WeeklyRoundTimer.over(basics.scheduling(), programme),
        ConsentRequestsNow.over(basics.scheduling()),
        basics.clock());
  }

  private static ProfileService profiles(
      Basics basics, TagCatalogue tags, NetworkSettings networkSettings, PrivacyNotice notice) {
    Stores stores = basics.stores();
    return new ProfileService(
        tags,
        stores.profileChoices(tags, stores.organisations()),
        stores.profiles(),
        basics.settings(),
        networkSettings.places()::places,
        notice);
  }

  private static SuggestionService suggestions(
      Basics basics, Messaging messaging, TagCatalogue tags, NetworkSettings networkSettings) {
    return new SuggestionService(
        basics.stores().tagSuggestions(ProfileFields.MAX_CHALLENGES),
        tags,
        new SlackSuggestionMessages(messaging.poster(), messaging.own(), messaging.offSlack()),
        networkSettings.admins()::listed,
        basics.background());
  }

  private static PrivacyService privacy(
      Basics basics, Messaging messaging, SlackCopyRemover copiesInSlack, PrivacyNotice notice) {
    Stores stores = basics.stores();
    return new PrivacyService(
        new PrivacyService.Stores(
            stores.memberDataExport(),
            stores.memberDataEraser(),
            stores.slackCopies(),
            stores.memberStatus()),
        new SlackPrivacyMessages(messaging.direct()),
        messaging.sent(),
        copiesInSlack,
        basics.clock(),
        basics.background(),
        notice);
  }

  /**
   * The app's copies in Slack, and on Teams too digests and exports, that an erasure or their day
   * passing takes back.
   */
  private static SlackCopyRemover copiesInSlack(Stores stores, Messaging messaging) {
    SlackRemovals removals = new SlackRemovals(messaging.client());
    return new SlackCopyRemover(
        stores.slackCopies(),
        removals,
        messaging.ports().digestRewriter(removals, redraw(stores)),
        messaging.ports().otherPlatformMessages());
  }

  private static DigestRedraw redraw(Stores stores) {
    return new DigestRedraw(stores.deliveries(), stores.rounds(), composer(stores));
  }

  private static DigestComposer composer(Stores stores) {
    return new DigestComposer(stores.rounds(), stores.tags(), stores.profiles());
  }

  private static WeeklyRound weeklyRound(
      Basics basics, Messaging messaging, MemberSettings memberSettings, PrivacyNotice notice) {
    Settings settings = basics.settings();
    Stores stores = basics.stores();
    AutoPause autoPause =
        new AutoPause(
            stores.autoPauses(),
            memberSettings,
            new SlackAutoPauseNotices(messaging.own(), messaging.offSlack()),
            basics.background());
    DigestDelivery delivery =
        new DigestDelivery(
            stores.deliveries(),
            composer(stores),
            messaging.ports().digestChannels(),
            basics.clock(),
            basics.stop());
    RoundPlanner planner =
        new RoundPlanner(stores, new MatchingEngine(), basics.clock(), notice::version);
    return new WeeklyRound(
        stores.rounds(),
        stores.deliveries(),
        planner,
        delivery,
        autoPause,
        settings.digestZone(),
        basics.clock(),
        basics.metrics());
  }

  private static DigestAdmin digests(
      Basics basics,
      Messaging messaging,
      WeeklyRound weeklyRound,
      TagCatalogue tags,
      ProgrammeSource programme) {
    Stores stores = basics.stores();
    return new DigestAdmin(
        stores.rounds(),
        stores.deliveries(),
        stores.meetingQuestions(),
        weeklyRound,
        new RoundPreviewer(stores.rounds(), tags, weeklyRound.planner(), stores.profiles()),
        new SlackAdminMessages(messaging.poster()),
        basics.background(),
        programme,
        basics.clock());
  }

  private static MatchResponses matchResponses(
      Basics basics, Messaging messaging, TagCatalogue tags) {
    Stores stores = basics.stores();
    return new MatchResponses(
        stores.matchAnswers(),
        stores.rounds(),
        tags,
        stores.profiles(),
        messaging.ports().matchMessages(messaging.poster(), messaging.direct(), redraw(stores)),
        basics.background(),
        basics.clock());
  }

  private static MeetingFollowUp meetings(
      Basics basics, Messaging messaging, WhatCameOfIt outcomes) {
    return new MeetingFollowUp(
        basics.stores().meetingQuestions(),
        messaging.ports().meetingMessages(messaging.own(), messaging.sent()),
        outcomes::ask,
        basics.background(),
        basics.clock());
  }

  private static WhatCameOfIt outcomes(Basics basics, Messaging messaging) {
    Stores stores = basics.stores();
    return new WhatCameOfIt(
        stores.outcomeAnswers(),
        stores.meetingQuestions(),
        messaging.ports().outcomeMessages(messaging.own()),
        basics.background(),
        basics.clock());
  }

  private static WarmIntroFeature warmIntros(
      Basics basics, Messaging messaging, PrivacyNotice notice) {
    Stores stores = basics.stores();
    return WarmIntroFeature.create(
        stores.warmIntros(),
        stores.blocks(),
        stores.profiles(),
        messaging.ports().warmIntroMessages(messaging.poster(), messaging.direct()),
        basics.background(),
        basics.clock(),
        basics.settings().digestZone(),
        basics.settings().warmIntrosPerWeek(),
        notice::version);
  }
}
