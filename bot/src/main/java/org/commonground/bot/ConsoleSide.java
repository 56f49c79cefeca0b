package org.commonground.bot;

import com.slack.api.Slack;
import jakarta.servlet.http.HttpServlet;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.commonground.bot.config.ConsoleSettings;
import org.commonground.bot.config.Settings;
import org.commonground.bot.console.ConsolePage;
import org.commonground.bot.console.ConsoleServlet;
import org.commonground.bot.console.Templates;
import org.commonground.bot.console.pages.AdminsPage;
import org.commonground.bot.console.pages.ImpactDownloadPage;
import org.commonground.bot.console.pages.ImpactPage;
import org.commonground.bot.console.pages.MessagesPage;
import org.commonground.bot.console.pages.NoticePage;
import org.commonground.bot.console.pages.OrganisationsPage;
import org.commonground.bot.console.pages.OverviewPage;
import org.commonground.bot.console.pages.PlacesPage;
import org.commonground.bot.console.pages.RoundsPage;
import org.commonground.bot.console.pages.SchedulePage;
import org.commonground.bot.console.pages.SignOutPage;
import org.commonground.bot.console.pages.TagsPage;
import org.commonground.bot.console.session.Sessions;
import org.commonground.bot.console.signin.ConsoleAdmins;
import org.commonground.bot.console.signin.EntraSignIn;
import org.commonground.bot.console.signin.SignInFlow;
import org.commonground.bot.console.signin.SignInProvider;
import org.commonground.bot.console.signin.SlackSignIn;
import org.commonground.bot.core.admin.Admins;
import org.commonground.bot.core.impact.Impact;
import org.commonground.bot.core.meetings.Outcomes;
import org.commonground.bot.core.settings.AdminSettings;
import org.commonground.bot.core.settings.NetworkSettings;
import org.commonground.storage.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Part of the composition root: the convenor's console at {@code /admin}, when its settings are
 * given, signed in to with Slack, with Microsoft when the network is in Teams, or both.
 */
final class ConsoleSide {

  private static final Logger log = LoggerFactory.getLogger(ConsoleSide.class);

  private ConsoleSide() {}

  /**
   * @param workspace the id of the Slack workspace, once Slack has said
   */
  static Optional<HttpServlet> create(
      Basics basics, Slack slack, CoreServices core, Supplier<Optional<String>> workspace) {
    Settings settings = basics.settings();
    if (settings.console().isEmpty()) {
      log.info(
          "The console at /admin is off: set CONSOLE_BASE_URL, and SLACK_CLIENT_ID and"
              + " SLACK_CLIENT_SECRET for Slack, to turn it on");
      return Optional.empty();
    }
    ConsoleSettings console = settings.console().get();
    Stores stores = basics.stores();
    Clock clock = basics.clock();
    List<SignInProvider> providers = providers(settings, console, slack, workspace, clock);
    Templates templates = new Templates();
    Sessions sessions = new Sessions(stores.consoleSessions(), console.secure(), clock);
    ConsoleAdmins admins = admins(core);
    SignInFlow signIn =
        new SignInFlow(
            providers,
            stores.consoleSessions(),
            sessions,
            admins,
            templates,
            console.secure(),
            clock);
    List<ConsolePage> pages = pages(basics, core);
    log.info(
        "The console is at {}{}, signed in to with {}",
        console.baseUrl(),
        ConsoleServlet.ROOT,
        providers.stream().map(SignInProvider::label).toList());
    return Optional.of(new ConsoleServlet(pages, signIn, sessions, admins, templates));
  }

  private static List<ConsolePage> pages(Basics basics, CoreServices core) {
    Stores stores = basics.stores();
    NetworkSettings network = core.networkSettings();
    ZoneId zone = basics.settings().digestZone();
    Impact impact = new Impact(stores, zone, basics.clock());
    Outcomes outcomes = new Outcomes(stores.outcomeAnswers(), zone);
    return List.of(
        new OverviewPage(stores.networkFigures(), network.schedule(), stores.organisations()),
        new SchedulePage(network.schedule()),
        new AdminsPage(network.admins(), zone),
        new PlacesPage(network.places()),
        new MessagesPage(network.texts()),
        new NoticePage(network.notice(), core.notice()),
        new TagsPage(core.curation(), core.suggestions()),
        new OrganisationsPage(stores.organisations()),
        new RoundsPage(core.digests()),
        new ImpactPage(impact, outcomes, basics.clock(), zone),
        new ImpactDownloadPage(impact, outcomes, basics.clock(), zone),
        new SignOutPage());
  }

  /** Slack when the app is in Slack with the Slack app's credentials, Microsoft when in Teams. */
  private static List<SignInProvider> providers(
      Settings settings,
      ConsoleSettings console,
      Slack slack,
      Supplier<Optional<String>> workspace,
      Clock clock) {
    List<SignInProvider> providers = new ArrayList<>();
    if (settings.slackOn() && console.slackClient().isPresent()) {
      providers.add(slackSignIn(settings, console, slack, workspace, clock));
    }
    settings
        .teams()
        .ifPresent(
            teams ->
                providers.add(
                    new EntraSignIn(
                        URI.create(teams.tokenUrl()),
                        teams.tenants(),
                        teams.appId(),
                        teams.appPassword(),
                        returnUri(console, "microsoft"),
                        HttpClient.newHttpClient(),
                        clock)));
    return providers;
  }

  /**
   * The chat's own rules: the listed admins (in {@code ADMIN_USER_IDS} or added here) on either
   * platform, and Slack's workspace admins too.
   */
  private static ConsoleAdmins admins(CoreServices core) {
    AdminSettings listed = core.networkSettings().admins();
    Admins slackAdmins = core.admins();
    return (platform, userId) ->
        platform.equals("SLACK") ? slackAdmins.isAdmin(userId) : listed.isListed(userId);
  }

  private static SlackSignIn slackSignIn(
      Settings settings,
      ConsoleSettings console,
      Slack slack,
      Supplier<Optional<String>> workspace,
      Clock clock) {
    ConsoleSettings.SlackClient client = console.slackClient().orElseThrow();
    return new SlackSignIn(
        slack.methods(),
        slackWeb(settings),
        client.id(),
        client.secret(),
        returnUri(console, "slack"),
        workspace,
        clock);
  }

  private static URI returnUri(ConsoleSettings console, String slug) {
    return URI.create(console.baseUrl() + ConsoleServlet.ROOT + SignInFlow.returnPath(slug));
  }

  /**
   * Slack's site, whose sign-in pages sit beside its Web API: {@code https://slack.com/} for {@code
   * https://slack.com/api/}, and a test's fake Slack likewise.
   */
  static URI slackWeb(Settings settings) {
    String api = settings.slackApiUrl().orElse("https://slack.com/api/");
    return URI.create(
        api.endsWith("api/") ? api.substring(0, api.length() - "api/".length()) : api);
  }
}
