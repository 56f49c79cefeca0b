package org.commonground.bot;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.methods.MethodsClient;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.commonground.bot.config.Settings;
import org.commonground.bot.config.SettingsException;
import org.commonground.bot.core.admin.Admins;
import org.commonground.bot.core.consent.ConsentRequests;
import org.commonground.bot.core.consent.PrivacyNotice;
import org.commonground.bot.core.curation.Reply;
import org.commonground.bot.core.digest.DigestChannels;
import org.commonground.bot.core.digest.DigestComposer;
import org.commonground.bot.core.digest.DigestDelivery;
import org.commonground.bot.core.digest.DigestRedraw;
import org.commonground.bot.core.digest.MatchResponses;
import org.commonground.bot.core.digest.Pacer;
import org.commonground.bot.core.home.MemberBlocks;
import org.commonground.bot.core.home.MemberSettings;
import org.commonground.bot.core.introduce.ProfileFields;
import org.commonground.bot.core.introduce.ProfileService;
import org.commonground.bot.core.introduce.WarmIntroFeature;
import org.commonground.bot.core.meetings.MeetingFollowUp;
import org.commonground.bot.core.notices.OffSlackNotices;
import org.commonground.bot.core.orgs.OrgCuration;
import org.commonground.bot.core.privacy.InactivitySweep;
import org.commonground.bot.core.privacy.PrivacyService;
import org.commonground.bot.core.privacy.RetentionTask;
import org.commonground.bot.core.rounds.AutoPause;
import org.commonground.bot.core.rounds.DigestAdmin;
import org.commonground.bot.core.rounds.RoundFigures;
import org.commonground.bot.core.rounds.RoundPlanner;
import org.commonground.bot.core.rounds.RoundPreviewer;
import org.commonground.bot.core.rounds.RoundTasks;
import org.commonground.bot.core.rounds.WeeklyRound;
import org.commonground.bot.core.tags.SuggestionService;
import org.commonground.bot.core.tags.TagCuration;
import org.commonground.bot.core.tags.TagRequestHandler;
import org.commonground.bot.http.HealthChecks;
import org.commonground.bot.http.HttpServerFactory;
import org.commonground.bot.metrics.AppMetrics;
import org.commonground.bot.schedule.BackgroundTasks;
import org.commonground.bot.schedule.StopSignal;
import org.commonground.bot.slack.BotTokenCheck;
import org.commonground.bot.slack.DirectMessages;
import org.commonground.bot.slack.OncePerEvent;
import org.commonground.bot.slack.OwnMessages;
import org.commonground.bot.slack.Poster;
import org.commonground.bot.slack.ReadOnlyCommands;
import org.commonground.bot.slack.ReplayGuard;
import org.commonground.bot.slack.SlackClients;
import org.commonground.bot.slack.SlackConnection;
import org.commonground.bot.slack.SlackRemovals;
import org.commonground.bot.slack.admin.SlackWorkspaceAdmins;
import org.commonground.bot.slack.consent.NoticeAgreement;
import org.commonground.bot.slack.curation.SlackAdminMessages;
import org.commonground.bot.slack.curation.SlackReplyBlocks;
import org.commonground.bot.slack.home.AdminSections;
import org.commonground.bot.slack.home.HomeService;
import org.commonground.bot.slack.introduce.IntroduceSlashCommand;
import org.commonground.bot.slack.introduce.IntroductionAnnouncer;
import org.commonground.bot.slack.lifecycle.MemberLifecycle;
import org.commonground.bot.slack.privacy.SlackCopyRemover;
import org.commonground.bot.slack.privacy.SlackInactivityNotices;
import org.commonground.bot.slack.privacy.SlackPrivacyMessages;
import org.commonground.bot.slack.rounds.SlackAutoPauseNotices;
import org.commonground.bot.slack.tags.SlackSuggestionMessages;
import org.commonground.bot.slack.tags.TagForms;
import org.commonground.bot.slack.tags.TagsSlashCommand;
import org.commonground.bot.teams.TeamsAdapter;
import org.commonground.bot.teams.auth.ConnectorTokens;
import org.commonground.bot.teams.connector.BotConnector;
import org.commonground.matching.MatchingEngine;
import org.commonground.storage.Database;
import org.commonground.storage.Stores;
import org.commonground.storage.members.MemberStatus;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.messages.SentMessages;
import org.commonground.storage.organisations.OrganisationCatalogue;
import org.commonground.storage.tags.TagCatalogue;
import org.commonground.storage.tags.TagSuggestions;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The composition root: builds every part of the running app from settings and a database. */
public final class Application implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Application.class);

  /** Pending tag suggestions shown in an admin's App Home; more wait their turn. */
  private static final int PENDING_SHOWN_AT_HOME = 5;

  private final Server server;
  private final Optional<SlackConnection> connection;
  private final BackgroundTasks tasks;
  private final ExecutorService background;
  private final Slack slack;
  private final StopSignal stop;
  private final Optional<BotTokenCheck> tokenCheck;
  private final Optional<ConnectorTokens> teamsTokens;

  private Application(
      Server server,
      Optional<SlackConnection> connection,
      BackgroundTasks tasks,
      ExecutorService background,
      Slack slack,
      StopSignal stop,
      Optional<BotTokenCheck> tokenCheck,
      Optional<ConnectorTokens> teamsTokens) {
    this.server = server;
    this.connection = connection;
    this.tasks = tasks;
    this.background = background;
    this.slack = slack;
    this.stop = stop;
    this.tokenCheck = tokenCheck;
    this.teamsTokens = teamsTokens;
  }

  public static Application create(Settings settings, Database database, Clock clock) {
    AppMetrics metrics = new AppMetrics();
    Slack slack = SlackClients.slack(settings, metrics);
    MethodsClient client = slack.methods(settings.slackBotToken());
    ExecutorService background = Executors.newFixedThreadPool(4, Application::daemon);
    StopSignal stop = new StopSignal();
    // For Teams alone there is no Slack token to check.
    Optional<BotTokenCheck> tokenCheck =
        settings.slackOn() ? Optional.of(new BotTokenCheck(client, stop)) : Optional.empty();
    Stores stores = new Stores(database, clock);
    Optional<ConnectorTokens> teamsTokens =
        settings.teams().map(teams -> TeamsAdapter.tokens(teams, clock));
    Optional<BotConnector> teamsConnector = teamsTokens.map(TeamsAdapter::connector);
    ProfileStore profiles = stores.profiles();
    DirectMessages messages = new DirectMessages(client);
    Poster poster = new Poster(client);
    SentMessages sentMessages = stores.sentMessages();
    OwnMessages ownMessages = new OwnMessages(sentMessages, poster);
    PlatformPorts ports = new PlatformPorts(client, teamsConnector, stores.teamsUsers());
    OffSlackNotices offSlack = ports.offSlackNotices();
    MemberStatus memberStatus = stores.memberStatus();
    MemberSettings memberSettings = new MemberSettings(memberStatus, clock, settings.digestZone());
    PrivacyNotice notice = PrivacyNotice.of(settings);
    SlackCopyRemover copiesInSlack = copiesInSlack(stores, client, profiles, ports, clock);
    PrivacyService privacy =
        new PrivacyService(
            new PrivacyService.Stores(
                stores.memberDataExport(),
                stores.memberDataEraser(),
                stores.slackCopies(),
                memberStatus),
            new SlackPrivacyMessages(messages),
            sentMessages,
            copiesInSlack,
            clock,
            background,
            notice);
    AutoPause autoPause =
        new AutoPause(
            stores.autoPauses(),
            memberSettings,
            new SlackAutoPauseNotices(ownMessages, offSlack),
            background);
    WeeklyRound weeklyRound =
        weeklyRound(
            settings,
            stores,
            ports.digestChannels(),
            profiles,
            autoPause,
            notice,
            clock,
            metrics,
            stop);
    new RoundFigures(stores.rounds()).reportTo(metrics);
    SlackFeatures features =
        slackFeatures(
            settings,
            stores,
            clock,
            client,
            background,
            profiles,
            new Messaging(poster, messages, ownMessages, sentMessages, offSlack),
            memberSettings,
            privacy,
            notice,
            weeklyRound,
            ports);
    ReadOnlyCommands readOnly =
        new ReadOnlyCommands(
            Map.of(
                TagsSlashCommand.COMMAND, TagsSlashCommand::changesNothing,
                IntroduceSlashCommand.COMMAND, IntroduceSlashCommand::changesNothing));
    ReplayGuard replays = new ReplayGuard(stores.seenRequests(), readOnly, clock);
    Optional<SlackConnection> connection =
        settings.slackOn()
            ? Optional.of(slackConnection(settings, slack, replays, metrics, features))
            : Optional.empty();
    Optional<TeamsAdapter> teams =
        teams(settings, teamsConnector, stores, clock, features, notice, background, stop);
    Server server =
        HttpServerFactory.create(
            settings.port(),
            connection.flatMap(SlackConnection::servedOverHttp),
            teams.map(TeamsAdapter::servlet),
            new HealthChecks(
                () -> tokenCheck.map(BotTokenCheck::accepted).orElse(true), database::isReachable),
            metrics);
    InactivitySweep sweep =
        new InactivitySweep(
            memberStatus,
            stores.processedEvents(),
            privacy,
            new SlackInactivityNotices(messages, offSlack),
            settings.inactiveProfileMonths(),
            settings.digestZone(),
            clock);
    List<RecurringTask<?>> recurring = new ArrayList<>();
    recurring.add(sweep.task());
    recurring.add(features.meetings().task(settings.digestZone()));
    recurring.add(features.warmIntros().lapseTask());
    recurring.add(replays.pruningTask());
    recurring.add(copiesInSlack.task());
    recurring.add(
        new RetentionTask(
                stores.roundRetention(),
                settings.privacy().retentionMonths(),
                settings.digestZone())
            .task());
    recurring.addAll(RoundTasks.of(weeklyRound, settings.digestCron(), settings.digestZone()));
    recurring.add(consentRequests(settings, stores, ports, notice, clock, stop).task());
    BackgroundTasks tasks = new BackgroundTasks(database.dataSource(), recurring);
    return new Application(
        server, connection, tasks, background, slack, stop, tokenCheck, teamsTokens);
  }

  private static SlackConnection slackConnection(
      Settings settings,
      Slack slack,
      ReplayGuard replays,
      AppMetrics metrics,
      SlackFeatures features) {
    App app = SlackClients.app(settings, slack, replays, metrics);
    features.register(app);
    return SlackConnection.of(settings, app);
  }

  private static Optional<TeamsAdapter> teams(
      Settings settings,
      Optional<BotConnector> connector,
      Stores stores,
      Clock clock,
      SlackFeatures features,
      PrivacyNotice notice,
      ExecutorService background,
      StopSignal stop) {
    return settings
        .teams()
        .map(
            teams ->
                TeamsAdapter.create(
                    teams,
                    connector.orElseThrow(),
                    new TeamsAdapter.Services(
                        features.profiles(),
                        features.suggestions(),
                        features.privacy(),
                        features.matchResponses(),
                        features.warmIntros(),
                        features.meetings(),
                        features.settings(),
                        notice,
                        features.consent().agreements(),
                        features.tagCommands(),
                        features.orgs(),
                        features.digests(),
                        stores.teamsUsers(),
                        stores.organisationTenants(),
                        // Slack can't say whether a Teams user is an admin: only the list can.
                        settings.adminUserIds()::contains,
                        background,
                        stop,
                        clock)));
  }

  private static ConsentRequests consentRequests(
      Settings settings,
      Stores stores,
      PlatformPorts ports,
      PrivacyNotice notice,
      Clock clock,
      StopSignal stop) {
    return new ConsentRequests(
        stores.rounds(),
        stores.memberConsent(),
        notice,
        ports.consentRequestMessages(),
        new Pacer(clock, stop, settings.digestPace()),
        stop);
  }

  /** The app's copies in Slack, and digests on Teams too, that an erasure changes. */
  private static SlackCopyRemover copiesInSlack(
      Stores stores,
      MethodsClient client,
      ProfileStore profiles,
      PlatformPorts ports,
      Clock clock) {
    SlackRemovals removals = new SlackRemovals(client);
    DigestRedraw redraw =
        new DigestRedraw(
            stores.deliveries(),
            stores.rounds(),
            new DigestComposer(stores.rounds(), stores.tags(), profiles));
    return new SlackCopyRemover(
        stores.slackCopies(), removals, ports.digestRewriter(removals, redraw));
  }

  private static WeeklyRound weeklyRound(
      Settings settings,
      Stores stores,
      DigestChannels channels,
      ProfileStore profiles,
      AutoPause autoPause,
      PrivacyNotice notice,
      Clock clock,
      AppMetrics metrics,
      StopSignal stop) {
    DigestDelivery delivery =
        new DigestDelivery(
            stores.deliveries(),
            new DigestComposer(stores.rounds(), stores.tags(), profiles),
            channels,
            clock,
            stop,
            settings.digestPace());
    RoundPlanner planner = new RoundPlanner(stores, new MatchingEngine(), clock, notice.version());
    return new WeeklyRound(
        stores.rounds(),
        stores.deliveries(),
        planner,
        delivery,
        autoPause,
        settings.digestZone(),
        clock,
        metrics);
  }

  private static SlackFeatures slackFeatures(
      Settings settings,
      Stores stores,
      Clock clock,
      MethodsClient client,
      ExecutorService background,
      ProfileStore profiles,
      Messaging messaging,
      MemberSettings memberSettings,
      PrivacyService privacy,
      PrivacyNotice notice,
      WeeklyRound weeklyRound,
      PlatformPorts ports) {
    Admins admins = new Admins(settings.adminUserIds(), new SlackWorkspaceAdmins(client), clock);
    Poster poster = messaging.poster();
    DirectMessages messages = messaging.direct();
    OwnMessages ownMessages = messaging.own();
    SentMessages sentMessages = messaging.sent();
    TagCatalogue tags = stores.tags();
    OrganisationCatalogue organisations = stores.organisations();
    TagSuggestions suggestionStore = stores.tagSuggestions(ProfileFields.MAX_CHALLENGES);
    SuggestionService suggestions =
        new SuggestionService(
            suggestionStore,
            tags,
            new SlackSuggestionMessages(poster, ownMessages, messaging.offSlack()),
            settings.adminUserIds(),
            background);
    TagCuration curation = new TagCuration(tags);
    DigestAdmin digests =
        new DigestAdmin(
            stores.rounds(),
            stores.deliveries(),
            stores.meetingQuestions(),
            weeklyRound,
            new RoundPreviewer(stores.rounds(), tags, weeklyRound.planner(), profiles),
            new SlackAdminMessages(poster),
            background,
            settings,
            clock);
    AdminSections adminPanels =
        new AdminSections(
            () -> SlackReplyBlocks.of(Reply.of("Round status", digests.status())),
            () ->
                SlackSuggestionMessages.pendingCards(
                    suggestions.pending(), tags.active(), PENDING_SHOWN_AT_HOME));
    HomeService home =
        new HomeService(
            client,
            new HomeService.Stores(
                profiles,
                stores.blocks(),
                stores.memberPairs(),
                stores.networkFigures(),
                stores.memberStatus()),
            admins,
            settings,
            clock,
            background,
            adminPanels);
    return new SlackFeatures(
        admins,
        poster,
        new ProfileService(tags, stores.profileChoices(tags, organisations), profiles, settings),
        new IntroductionAnnouncer(
            poster,
            sentMessages,
            stores.peopleToMeet(notice.version()),
            profiles,
            settings.introChannel(),
            stores.slackCopies(),
            background,
            clock,
            settings.digestZone()),
        tags,
        new TagRequestHandler(curation),
        new TagForms(curation, suggestions),
        suggestions,
        new OrgCuration(organisations, stores.organisationTenants()),
        home,
        memberSettings,
        new MemberBlocks(profiles, stores.blocks(), organisations),
        privacy,
        new MemberLifecycle(stores.memberStatus(), messages, background),
        new OncePerEvent(stores.processedEvents()),
        digests,
        new MatchResponses(
            stores.matchAnswers(),
            stores.rounds(),
            tags,
            profiles,
            ports.matchMessages(
                messaging.poster(),
                messaging.direct(),
                new DigestRedraw(
                    stores.deliveries(),
                    stores.rounds(),
                    new DigestComposer(stores.rounds(), stores.tags(), profiles))),
            background,
            clock),
        new MeetingFollowUp(
            stores.meetingQuestions(),
            ports.meetingMessages(messaging.own(), messaging.sent()),
            background,
            clock),
        weeklyRound.autoPause(),
        WarmIntroFeature.create(
            stores.warmIntros(),
            stores.blocks(),
            profiles,
            ports.warmIntroMessages(poster, messages),
            background,
            clock,
            settings.digestZone(),
            settings.warmIntrosPerWeek(),
            notice.version()),
        sentMessages,
        new NoticeAgreement(
            stores.memberConsent(),
            notice,
            poster,
            home::publishLater,
            clock,
            settings.digestZone(),
            background));
  }

  /** The ways the app posts, built once and shared. */
  private record Messaging(
      Poster poster,
      DirectMessages direct,
      OwnMessages own,
      SentMessages sent,
      OffSlackNotices offSlack) {}

  private static Thread daemon(Runnable runnable) {
    Thread thread = new Thread(runnable, "commonground-background");
    thread.setDaemon(true);
    return thread;
  }

  /**
   * Starts the HTTP server at once, so {@code /healthz} can say how start-up is going; then, once
   * Slack has accepted the bot token, however long that takes, Socket Mode and background work.
   *
   * @return true once all is started, false if {@link #close()} was called first
   * @throws org.commonground.bot.config.SettingsException when Slack refuses the bot token
   */
  public boolean start() throws Exception {
    server.start();
    if (tokenCheck.isPresent() && !tokenCheck.get().await()) {
      return false;
    }
    teamsTokens.ifPresent(Application::checkTeamsSecret);
    synchronized (this) {
      if (stop.isRaised()) {
        return false;
      }
      if (connection.isPresent()) {
        connection.get().open();
      }
      // A stop may have cut the last delivery short: finish it now rather than at its next turn.
      tasks.runAtStart(RoundTasks.FINISH_DELIVERY);
      // The privacy notice may have changed with this start: ask members to agree at once.
      tasks.runAtStart(ConsentRequests.TASK_NAME);
      tasks.start();
      return true;
    }
  }

  /**
   * Asks Entra for the bot's token once, so a wrong app id or secret stops the app with one line
   * instead of failing every Teams reply; Entra out of reach only delays the first reply.
   */
  private static void checkTeamsSecret(ConnectorTokens tokens) {
    try {
      tokens.bearer();
    } catch (ConnectorTokens.Refused e) {
      throw new SettingsException(
          "Entra refused TEAMS_APP_ID with TEAMS_APP_PASSWORD ("
              + e.getMessage()
              + "): check both under App registrations in the Azure portal, and make a new client"
              + " secret if this one has expired");
    } catch (java.io.IOException e) {
      log.warn(
          "Could not reach Entra for the Teams bot's token ({}); will ask again when needed",
          e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
  }

  /** Where the server listens, e.g. {@code http://localhost:3000/}. */
  public URI uri() {
    ServerConnector connector = (ServerConnector) server.getConnectors()[0];
    return URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/");
  }

  public void join() throws InterruptedException {
    server.join();
  }

  /**
   * Stops taking requests, lets those in flight and queued background work finish, then stops;
   * digest delivery ends after the message under way. The database is the caller's to close, after
   * this returns: the scheduler writes to it until it has stopped.
   */
  @Override
  public void close() throws Exception {
    stop.raise();
    // Not while start() is opening the connection and starting the scheduler.
    synchronized (this) {
      try {
        if (connection.isPresent()) {
          connection.get().stop();
        }
        server.stop();
      } finally {
        tasks.close();
        background.shutdown();
        background.awaitTermination(10, TimeUnit.SECONDS);
        slack.close();
      }
    }
  }
}
