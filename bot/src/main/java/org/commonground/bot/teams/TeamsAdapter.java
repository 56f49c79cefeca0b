package org.commonground.bot.teams;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import org.commonground.bot.config.TeamsSettings;
import org.commonground.bot.consent.PrivacyNotice;
import org.commonground.bot.introduce.ProfileService;
import org.commonground.bot.privacy.PrivacyService;
import org.commonground.bot.schedule.Sleeper;
import org.commonground.bot.tags.SuggestionService;
import org.commonground.bot.teams.auth.ConnectorTokens;
import org.commonground.bot.teams.auth.InboundTokens;
import org.commonground.bot.teams.commands.IntroduceCommand;
import org.commonground.bot.teams.connector.BotConnector;
import org.commonground.bot.teams.connector.ConnectorCredentials;
import org.commonground.bot.teams.help.TeamsHelp;
import org.commonground.bot.teams.install.TeamsInstallations;
import org.commonground.bot.teams.privacy.TeamsPrivacy;
import org.commonground.bot.teams.profile.TeamsProfiles;
import org.commonground.storage.teams.TeamsUsers;

/**
 * The Teams side of the app: its endpoint, its outbound client, and each Teams feature registered
 * with the handlers. Built only when {@code TEAMS_APP_ID} is set.
 */
public final class TeamsAdapter {

  /** What the Teams features share with the rest of the app. */
  public record Services(
      ProfileService profiles,
      SuggestionService suggestions,
      PrivacyService privacy,
      PrivacyNotice notice,
      TeamsUsers users,
      Predicate<String> admin,
      Executor background,
      Sleeper sleeper,
      Clock clock) {}

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  private final ActivityServlet servlet;
  private final BotConnector connector;

  private TeamsAdapter(ActivityServlet servlet, BotConnector connector) {
    this.servlet = servlet;
    this.connector = connector;
  }

  public static TeamsAdapter create(TeamsSettings settings, Services services) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    BotConnector connector = new BotConnector(credentials(settings, services.clock(), http), http);
    TeamsReplies replies = new TeamsReplies(connector, services.sleeper());
    TeamsHandlers handlers = new TeamsHandlers();
    new TeamsInstallations(services.users(), connector, replies).register(handlers);
    TeamsProfiles profiles =
        new TeamsProfiles(services.profiles(), services.suggestions(), replies);
    profiles.register(handlers);
    TeamsPrivacy privacy = new TeamsPrivacy(services.privacy(), replies, services.background());
    privacy.register(handlers);
    TeamsHelp help = new TeamsHelp(services.admin(), services.notice(), replies);
    help.register(handlers);
    new IntroduceCommand(profiles, privacy, help, replies).register(handlers);
    TeamsBot bot = new TeamsBot(handlers, settings::allows, replies, services.background());
    InboundTokens tokens =
        new InboundTokens(
            URI.create(settings.openIdMetadataUrl()), settings.appId(), services.clock(), http);
    return new TeamsAdapter(new ActivityServlet(tokens, bot), connector);
  }

  private static ConnectorCredentials credentials(
      TeamsSettings settings, Clock clock, HttpClient http) {
    return new ConnectorTokens(
        URI.create(settings.tokenUrl()), settings.appId(), settings.appPassword(), clock, http);
  }

  /** {@code POST /api/messages}. */
  public ActivityServlet servlet() {
    return servlet;
  }

  /** How the app sends to Teams, for what it sends on its own, such as digests. */
  public BotConnector connector() {
    return connector;
  }
}
