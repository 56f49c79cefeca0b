package org.commonground.bot;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.methods.MethodsClient;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.commonground.bot.admin.Admins;
import org.commonground.bot.config.Settings;
import org.commonground.bot.http.HttpServerFactory;
import org.commonground.bot.introduce.IntroductionAnnouncer;
import org.commonground.bot.introduce.ProfileModal;
import org.commonground.bot.introduce.ProfileService;
import org.commonground.bot.orgs.OrgCuration;
import org.commonground.bot.slack.Listeners;
import org.commonground.bot.slack.Poster;
import org.commonground.bot.slack.SlackClients;
import org.commonground.bot.tags.SuggestionService;
import org.commonground.bot.tags.TagCommands;
import org.commonground.bot.tags.TagCuration;
import org.commonground.bot.tags.TagForms;
import org.commonground.storage.Database;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.organisations.OrganisationCatalogue;
import org.commonground.storage.tags.TagCatalogue;
import org.commonground.storage.tags.TagSuggestions;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.jdbi.v3.core.Jdbi;

/** The composition root: builds every part of the running app from settings and a database. */
public final class Application implements AutoCloseable {

  private final Server server;
  private final ExecutorService background;
  private final Slack slack;

  private Application(Server server, ExecutorService background, Slack slack) {
    this.server = server;
    this.background = background;
    this.slack = slack;
  }

  public static Application create(Settings settings, Database database, Clock clock) {
    Slack slack = SlackClients.slack(settings);
    MethodsClient client = slack.methods(settings.slackBotToken());
    ExecutorService background = Executors.newFixedThreadPool(4, Application::daemon);
    Listeners.Services services = services(settings, database, clock, client, background);
    App app = SlackClients.app(settings, slack);
    Listeners.register(app, services);
    Server server = HttpServerFactory.create(settings.port(), app, database::isReachable);
    return new Application(server, background, slack);
  }

  private static Listeners.Services services(
      Settings settings,
      Database database,
      Clock clock,
      MethodsClient client,
      ExecutorService background) {
    Jdbi jdbi = database.jdbi();
    ProfileStore profiles = new ProfileStore(jdbi, clock);
    Poster poster = new Poster(client);
    TagCatalogue tags = new TagCatalogue(jdbi, clock);
    TagSuggestions suggestionStore = new TagSuggestions(jdbi, clock, ProfileModal.MAX_CHALLENGES);
    SuggestionService suggestions =
        new SuggestionService(suggestionStore, tags, poster, settings.adminUserIds(), background);
    TagCuration curation = new TagCuration(tags, suggestionStore);
    return new Listeners.Services(
        new Admins(settings.adminUserIds(), client, clock),
        poster,
        new ProfileService(jdbi, profiles, settings),
        new IntroductionAnnouncer(client, jdbi, profiles, settings.introChannel(), background),
        tags,
        new TagCommands(curation),
        new TagForms(curation, suggestions),
        suggestions,
        new OrgCuration(new OrganisationCatalogue(jdbi, clock)));
  }

  private static Thread daemon(Runnable runnable) {
    Thread thread = new Thread(runnable, "commonground-background");
    thread.setDaemon(true);
    return thread;
  }

  public void start() throws Exception {
    server.start();
  }

  /** Where the server listens, e.g. {@code http://localhost:3000/}. */
  public URI uri() {
    ServerConnector connector = (ServerConnector) server.getConnectors()[0];
    return URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/");
  }

  public void join() throws InterruptedException {
    server.join();
  }

  /** Stops taking requests, lets those in flight and queued background work finish, then stops. */
  @Override
  public void close() throws Exception {
    server.stop();
    background.shutdown();
    background.awaitTermination(10, TimeUnit.SECONDS);
    slack.close();
  }
}
