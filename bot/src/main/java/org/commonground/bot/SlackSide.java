package org.commonground.bot;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import java.util.Map;
import java.util.Optional;
import org.commonground.bot.slack.BotTokenCheck;
import org.commonground.bot.slack.ReadOnlyCommands;
import org.commonground.bot.slack.ReplayGuard;
import org.commonground.bot.slack.SlackClients;
import org.commonground.bot.slack.SlackConnection;
import org.commonground.bot.slack.introduce.IntroduceSlashCommand;
import org.commonground.bot.slack.tags.TagsSlashCommand;

/**
 * Part of the composition root: the Slack side of the app, from the check of the bot token to the
 * Bolt app with every feature's handlers and the connection that feeds it Slack's requests.
 */
final class SlackSide {

  private final Slack slack;
  private final Optional<BotTokenCheck> tokenCheck;
  private final ReplayGuard replays;
  private final Optional<SlackConnection> connection;

  private SlackSide(
      Slack slack,
      Optional<BotTokenCheck> tokenCheck,
      ReplayGuard replays,
      Optional<SlackConnection> connection) {
    this.slack = slack;
    this.tokenCheck = tokenCheck;
    this.replays = replays;
    this.connection = connection;
  }

  static SlackSide create(Basics basics, Slack slack, Messaging messaging, CoreServices core) {
    boolean on = basics.settings().slackOn();
    // For Teams alone there is no Slack token to check.
    Optional<BotTokenCheck> tokenCheck =
        on ? Optional.of(new BotTokenCheck(messaging.client(), basics.stop())) : Optional.empty();
    SlackFeatures features = SlackFeatures.create(basics, messaging, core);
    ReplayGuard replays =
        new ReplayGuard(basics.stores().seenRequests(), readOnlyCommands(), basics.clock());
    Optional<SlackConnection> connection =
        on ? Optional.of(connection(basics, slack, replays, features)) : Optional.empty();
    return new SlackSide(slack, tokenCheck, replays, connection);
  }

  private static ReadOnlyCommands readOnlyCommands() {
    return new ReadOnlyCommands(
        Map.of(
            TagsSlashCommand.COMMAND, TagsSlashCommand::changesNothing,
            IntroduceSlashCommand.COMMAND, IntroduceSlashCommand::changesNothing));
  }

  private static SlackConnection connection(
      Basics basics, Slack slack, ReplayGuard replays, SlackFeatures features) {
    App app = SlackClients.app(basics.settings(), slack, replays, basics.metrics());
    features.register(app);
    return SlackConnection.of(basics.settings(), app);
  }

  /** The Bolt app, when Slack's requests come over the app's own HTTP server. */
  Optional<App> servedOverHttp() {
    return connection.flatMap(SlackConnection::servedOverHttp);
  }

  /** Lets each signed request act once; the scheduler prunes what it records. */
  ReplayGuard replays() {
    return replays;
  }

  /** The id of the Slack workspace the network runs in, once Slack has taken the bot token. */
  Optional<String> workspaceId() {
    return tokenCheck.flatMap(BotTokenCheck::teamId);
  }

  /** Whether Slack has taken the bot token, for {@code /healthz}; true with no Slack to ask. */
  boolean tokenAccepted() {
    return tokenCheck.map(BotTokenCheck::accepted).orElse(true);
  }

  /**
   * Waits until Slack takes the bot token; false if the app began to stop first.
   *
   * @throws org.commonground.bot.config.SettingsException when Slack refuses the token
   */
  boolean awaitToken() throws InterruptedException {
    return tokenCheck.isEmpty() || tokenCheck.get().await();
  }

  /** Starts receiving Slack's requests. */
  void open() throws Exception {
    if (connection.isPresent()) {
      connection.get().open();
    }
  }

  /** Stops receiving Slack's requests. */
  void stop() throws Exception {
    if (connection.isPresent()) {
      connection.get().stop();
    }
  }

  /** Releases the Slack clients, once nothing posts any more. */
  void close() throws Exception {
    slack.close();
  }
}
