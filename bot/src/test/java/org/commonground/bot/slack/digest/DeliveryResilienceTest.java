package org.commonground.bot.slack.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.commonground.bot.config.Settings;
import org.commonground.bot.core.digest.DigestComposer;
import org.commonground.bot.core.digest.DigestDelivery;
import org.commonground.bot.core.rounds.RoundPlanner;
import org.commonground.bot.core.rounds.Week;
import org.commonground.bot.metrics.AppMetrics;
import org.commonground.bot.schedule.StopSignal;
import org.commonground.bot.slack.SlackClients;
import org.commonground.bot.testing.FakeSlack;
import org.commonground.bot.testing.Hold;
import org.commonground.bot.testing.SlackCall;
import org.commonground.bot.testing.TestPaces;
import org.commonground.matching.MatchingEngine;
import org.commonground.storage.Database;
import org.commonground.storage.DatabaseSettings;
import org.commonground.storage.Stores;
import org.commonground.storage.members.OrganisationChoice;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.rounds.Deliveries;
import org.commonground.storage.rounds.Round;
import org.commonground.storage.rounds.RoundStore;
import org.commonground.storage.tags.TagCatalogue;
import org.commonground.storage.testing.MutableClock;
import org.commonground.storage.testing.ProfileDrafts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Delivery under Slack's rate limits and across a hard kill of the sending process. */
public class DeliveryResilienceTest {

  public static final int MEMBERS = 12;

  @TempDir Path folder;
  private final FakeSlack slack = new FakeSlack();

  @AfterEach
  void stop() {
    slack.close();
  }

  @Test
  void waitsOutRetryAfterBeforeTheNextMessage() throws Exception {
    DatabaseSettings settings = settings();
    try (Database database = Database.open(settings)) {
      Round round = seedRound(database);
      slack.answerNext("chat.postMessage", FakeSlack.Answer.rateLimited(1));

      delivery(database, Clock.systemUTC()).deliver(round);

      List<SlackCall> posts = slack.calls("chat.postMessage");
      long gap = posts.get(1).receivedAtNanos() - posts.get(0).receivedAtNanos();
      assertThat(gap).isGreaterThanOrEqualTo(Duration.ofSeconds(1).toNanos());
      assertThat(SlackCall.digestsPerDelivery(posts.subList(1, posts.size()))).hasSize(MEMBERS);
    }
  }

  @Test
  void aSenderKilledMidDeliveryIsResumedWithoutDuplicatesOrLosses() throws Exception {
    DatabaseSettings settings = settings();
    try (Database database = Database.open(settings)) {
      seedRound(database);
    }
    Hold hold = slack.holdCall("chat.postMessage", 5);
    Process sender = startSender(settings);
    hold.reached();
    sender.destroyForcibly().waitFor();

    try (Database database = Database.open(settings)) {
      Round round = new RoundStore(database.jdbi()).latest().orElseThrow();
      MutableClock later =
          new MutableClock(Instant.now().plus(DigestDelivery.CLAIM_TIMEOUT).plusSeconds(60));
      DigestDelivery.Report report = delivery(database, later).deliver(round);

      assertThat(report.recovered()).isEqualTo(1);
      assertThat(report.left()).isZero();
    }
    Map<String, Long> perDelivery = SlackCall.digestsPerDelivery(slack.calls("chat.postMessage"));
    assertThat(perDelivery).hasSize(MEMBERS);
    assertThat(perDelivery.values()).containsOnly(1L);
  }

  private Process startSender(DatabaseSettings settings) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            DeliveryProcess.class.getName(),
            settings.url(),
            slack.apiUrl())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private DatabaseSettings settings() {
    return new DatabaseSettings(
        DatabaseSettings.h2FileUrl(folder.resolve("commonground").toString()), "", "", 2);
  }

  private DigestDelivery delivery(Database database, Clock clock) {
    Settings settings =
        Settings.fromEnvironment(
            Map.of("SLACK_API_URL", slack.apiUrl(), "SLACK_BOT_TOKEN", "xoxb-test"));
    return new DigestDelivery(
        new Deliveries(database.jdbi()),
        new DigestComposer(
            new RoundStore(database.jdbi()),
            new TagCatalogue(database.jdbi(), clock),
            new ProfileStore(database.jdbi(), clock)),
        SlackDigestChannel.forEveryone(
            SlackClients.slack(settings, new AppMetrics(), TestPaces.slack())
                .methods(settings.slackBotToken())),
        clock,
        new StopSignal());
  }

  /** Introduces {@link #MEMBERS} members and plans this week's round: one digest each. */
  public static Round seedRound(Database database) {
    Clock clock = Clock.systemUTC();
    ProfileStore profiles = new ProfileStore(database.jdbi(), clock);
    int tag = new TagCatalogue(database.jdbi(), clock).active().get(0).id();
    for (int i = 0; i < MEMBERS; i++) {
      profiles.save(
          ProfileDrafts.draft(
              String.format("U0MEMBER%02d", i),
              new OrganisationChoice.New("Organisation " + i),
              List.of(tag)));
    }
    return new RoundPlanner(
            new Stores(database, clock),
            new MatchingEngine(),
            clock,
            () -> ProfileDrafts.NOTICE_VERSION)
        .roundFor(Week.containing(java.time.LocalDate.now(clock)));
  }
}
