package org.commonground.bot;

import com.slack.api.Slack;
import jakarta.servlet.http.HttpServlet;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.commonground.bot.config.ConsoleSettings;
import org.commonground.bot.config.Settings;
import org.commonground.bot.console.ConsolePage;
import org.commonground.bot.console.ConsoleServlet;
import org.commonground.bot.console.Templates;
import org.commonground.bot.console.pages.OrganisationsPage;
import org.commonground.bot.console.pages.OverviewPage;
import org.commonground.bot.console.pages.SignOutPage;
import org.commonground.bot.console.session.Sessions;
import org.commonground.bot.console.signin.ConsoleAdmins;
import org.commonground.bot.console.signin.SignInFlow;
import org.commonground.bot.console.signin.SlackSignIn;
import org.commonground.bot.core.admin.Admins;
import org.commonground.bot.slack.admin.SlackWorkspaceAdmins;
import org.commonground.storage.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Part of the composition root: the convenor's console at {@code /admin}, when its settings are
 * given and Slack is there to sign in with.
 */
final class ConsoleSide {

  private static final Logger log = LoggerFactory.getLogger(ConsoleSide.class);

  private ConsoleSide() {}

  /**
   * @param workspace the id of the Slack workspace, once Slack has said
   */
  static Optional<HttpServlet> create(
      Basics basics, Slack slack, Messaging messaging, Supplier<Optional<String>> workspace) {
    Settings settings = basics.settings();
    if (settings.console().isEmpty()) {
      log.info(
          "The console at /admin is off: set CONSOLE_BASE_URL, SLACK_CLIENT_ID and"
              + " SLACK_CLIENT_SECRET to turn it on");
      return Optional.empty();
    }
    if (!settings.slackOn()) {
      log.warn("The console at /admin is off: signing in to it needs Slack, which is not set up");
      return Optional.empty();
    }
    ConsoleSettings console = settings.console().get();
    Stores stores = basics.stores();
    Clock clock = basics.clock();
    Templates templates = new Templates();
    Sessions sessions = new Sessions(stores.consoleSessions(), console.secure(), clock);
    ConsoleAdmins admins = admins(basics, messaging);
    SignInFlow signIn =
        new SignInFlow(
            slackSignIn(settings, console, slack, clock),
            stores.consoleSessions(),
            sessions,
            admins,
            workspace,
            templates,
            console.secure(),
            clock);
    List<ConsolePage> pages =
        List.of(
            new OverviewPage(stores.networkFigures()),
            new OrganisationsPage(stores.organisations()),
            new SignOutPage());
    log.info("The console is at {}{}", console.baseUrl(), ConsoleServlet.ROOT);
    return Optional.of(new ConsoleServlet(pages, signIn, sessions, admins, templates));
  }

  /** The chat's own rules: Slack's workspace admins count; in Teams only the list does. */
  private static ConsoleAdmins admins(Basics basics, Messaging messaging) {
    Admins slackAdmins =
        new Admins(
            basics.settings().adminUserIds(),
            new SlackWorkspaceAdmins(messaging.client()),
            basics.clock());
    return (platform, userId) ->
        platform.equals("SLACK")
            ? slackAdmins.isAdmin(userId)
            : basics.settings().adminUserIds().contains(userId);
  }

  private static SlackSignIn slackSignIn(
      Settings settings, ConsoleSettings console, Slack slack, Clock clock) {
    return new SlackSignIn(
        slack.methods(),
        slackWeb(settings),
        console.slackClientId(),
        console.slackClientSecret(),
        URI.create(console.baseUrl() + ConsoleServlet.ROOT + SignInFlow.SLACK_RETURN),
        clock);
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
