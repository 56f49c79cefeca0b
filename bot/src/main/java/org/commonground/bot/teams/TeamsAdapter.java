package org.commonground.bot.teams;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.commonground.bot.config.TeamsSettings;
import org.commonground.bot.core.consent.NoticeAgreements;
import org.commonground.bot.core.consent.PrivacyNotice;
import org.commonground.bot.core.digest.MatchResponses;
import org.commonground.bot.core.home.MemberSettings;
import org.commonground.bot.core.introduce.ProfileService;
import org.commonground.bot.core.introduce.WarmIntroFeature;
import org.commonground.bot.core.meetings.MeetingFollowUp;
import org.commonground.bot.core.meetings.WhatCameOfIt;
import org.commonground.bot.core.orgs.OrgCuration;
import org.commonground.bot.core.privacy.PrivacyService;
import org.commonground.bot.core.rounds.DigestAdmin;
import org.commonground.bot.core.tags.SuggestionService;
import org.commonground.bot.core.tags.TagRequestHandler;
import org.commonground.bot.schedule.Sleeper;
import org.commonground.bot.teams.admin.AdminCommands;
import org.commonground.bot.teams.auth.ConnectorTokens;
import org.commonground.bot.teams.auth.InboundTokens;
import org.commonground.bot.teams.commands.IntroduceCommand;
import org.commonground.bot.teams.connector.BotConnector;
import org.commonground.bot.teams.connector.ConnectorCredentials;
import org.commonground.bot.teams.connector.ConnectorPace;
import org.commonground.bot.teams.consent.TeamsNoticeAgreement;
import org.commonground.bot.teams.digest.PartnerNames;
import org.commonground.bot.teams.digest.TeamsMatchAnswers;
import org.commonground.bot.teams.help.TeamsHelp;
import org.commonground.bot.teams.install.TeamsInstallations;
import org.commonground.bot.teams.introductions.TeamsWarmIntros;
import org.commonground.bot.teams.meetings.TeamsMeetingAnswers;
import org.commonground.bot.teams.meetings.TeamsOutcomeAnswers;
import org.commonground.bot.teams.privacy.TeamsPrivacy;
import org.commonground.bot.teams.profile.TeamsProfiles;
import org.commonground.bot.teams.settings.ResumeCommand;
import org.commonground.storage.organisations.OrganisationTenants;
import org.commonground.storage.teams.TeamsUsers;

/**
 * The Teams side of the app: its endpoint, its outbound client, and each Teams feature registered
 * with the handlers. Built only when {@code TEAMS_APP_ID} is set.
 */
public final class TeamsAdapter {

  /**
   * What the Teams features share with the rest of the app.
   *
   * @param console the console's address, for admins' help card, when the console is on
   */
  public record Services(
      ProfileService profiles,
      SuggestionService suggestions,
      PrivacyService privacy,
      MatchResponses matchResponses,
      WarmIntroFeature warmIntros,
      MeetingFollowUp meetings,
      WhatCameOfIt outcomes,
      MemberSettings memberSettings,
      PrivacyNotice notice,
      NoticeAgreements agreements,
      Supplier<Optional<String>> welcome,
      TagRequestHandler tagRequests,
      OrgCuration orgs,
      DigestAdmin digests,
      TeamsUsers users,
      OrganisationTenants tenants,
      Predicate<String> admin,
      Optional<String> console,
      Executor background,
      Sleeper sleeper,
      Clock clock) {}

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final ActivityServlet servlet;

  private TeamsAdapter(ActivityServlet servlet) {
    this.servlet = servlet;
  }

  /** The bot's own client-credentials tokens, for every call it makes to Teams. */
  public static ConnectorTokens tokens(TeamsSettings settings, Clock clock) {
    return new ConnectorTokens(
        URI.create(settings.tokenUrl()), settings.appId(), settings.appPassword(), clock, HTTP);
  }

  /** How the app calls Teams, at {@code pace}. */
  public static BotConnector connector(ConnectorCredentials credentials, ConnectorPace pace) {
    return new BotConnector(credentials, HTTP, pace);
  }

  /** Serves Teams' activities, answering through {@code connector}. */
  public static TeamsAdapter create(
      TeamsSettings settings, BotConnector connector, Services services) {
    TeamsReplies replies = new TeamsReplies(connector, services.sleeper());
    TeamsHandlers handlers = new TeamsHandlers();
    new TeamsInstallations(services.users(), connector, replies, services.welcome())
        .register(handlers);
    TeamsProfiles profiles =
        new TeamsProfiles(services.profiles(), services.suggestions(), services.tenants(), replies);
    profiles.register(handlers);
    TeamsPrivacy privacy = new TeamsPrivacy(services.privacy(), replies, services.background());
    privacy.register(handlers);
    TeamsHelp help =
        new TeamsHelp(services.admin(), services.notice(), services.console(), replies);
    help.register(handlers);
    TeamsWarmIntros warmIntros =
        new TeamsWarmIntros(services.warmIntros(), services.users(), replies);
    warmIntros.register(handlers);
    new IntroduceCommand(profiles, privacy, help, warmIntros).register(handlers);
    new TeamsMatchAnswers(services.matchResponses(), services.memberSettings()).register(handlers);
    new ResumeCommand(services.memberSettings(), replies).register(handlers);
    new TeamsMeetingAnswers(services.meetings(), new PartnerNames(services.users()))
        .register(handlers);
    new TeamsOutcomeAnswers(services.outcomes(), new PartnerNames(services.users()))
        .register(handlers);
    new TeamsNoticeAgreement(services.agreements(), replies, services.background())
        .register(handlers);
    new AdminCommands(
            services.tagRequests(),
            services.orgs(),
            services.digests(),
            services.admin(),
            services.users(),
            replies)
        .register(handlers);
    TeamsBot bot = new TeamsBot(handlers, settings::allows, replies, services.background());
    InboundTokens tokens =
        new InboundTokens(
            URI.create(settings.openIdMetadataUrl()), settings.appId(), services.clock(), HTTP);
    return new TeamsAdapter(new ActivityServlet(tokens, bot));
  }

  /** {@code POST /api/messages}. */
  public ActivityServlet servlet() {
    return servlet;
  }
}
