package org.commonground.bot.slack.digest;

import java.time.Clock;
import org.commonground.bot.config.Settings;
import org.commonground.bot.core.digest.DigestComposer;
import org.commonground.bot.core.digest.DigestDelivery;
import org.commonground.bot.metrics.AppMetrics;
import org.commonground.bot.schedule.StopSignal;
import org.commonground.bot.slack.SlackClients;
import org.commonground.bot.testing.TestPaces;
import org.commonground.storage.Database;
import org.commonground.storage.DatabaseSettings;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.rounds.Deliveries;
import org.commonground.storage.rounds.RoundStore;
import org.commonground.storage.tags.TagCatalogue;

/**
 * A separate process that delivers the latest round, for the test that kills it mid-delivery.
 * Arguments: the database URL and the fake Slack's API URL.
 */
public final class DeliveryProcess {

  private DeliveryProcess() {}

  public static void main(String[] args) throws Exception {
    Settings settings =
        Settings.fromEnvironment(
            java.util.Map.of("SLACK_API_URL", args[1], "SLACK_BOT_TOKEN", "xoxb-crash-test"));
    try (Database database = Database.open(new DatabaseSettings(args[0], "", "", 2))) {
      var slack =
          SlackClients.slack(settings, new AppMetrics(), TestPaces.slack())
              .methods(settings.slackBotToken());
      var round = new RoundStore(database.jdbi()).latest().orElseThrow();
      new DigestDelivery(
              new Deliveries(database.jdbi()),
              new DigestComposer(
                  new RoundStore(database.jdbi()),
                  new TagCatalogue(database.jdbi(), Clock.systemUTC()),
                  new ProfileStore(database.jdbi(), Clock.systemUTC())),
              SlackDigestChannel.forEveryone(slack),
              Clock.systemUTC(),
              new StopSignal())
          .deliver(round);
    }
  }
}
