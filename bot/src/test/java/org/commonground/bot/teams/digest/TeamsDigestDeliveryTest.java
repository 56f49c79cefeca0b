package org.commonground.bot.teams.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonground.bot.config.Settings;
import org.commonground.bot.core.digest.DigestChannels;
import org.commonground.bot.core.digest.DigestComposer;
import org.commonground.bot.core.digest.DigestDelivery;
import org.commonground.bot.core.rounds.RoundPlanner;
import org.commonground.bot.core.rounds.Week;
import org.commonground.bot.metrics.AppMetrics;
import org.commonground.bot.schedule.StopSignal;
import org.commonground.bot.slack.SlackClients;
import org.commonground.bot.slack.digest.SlackDigestChannel;
import org.commonground.bot.teams.cards.NoticeCard;
import org.commonground.bot.teams.connector.BotConnector;
import org.commonground.bot.teams.connector.ConnectorCredentials;
import org.commonground.bot.teams.connector.Outcome;
import org.commonground.bot.testing.ConnectorCall;
import org.commonground.bot.testing.FakeBotConnector;
import org.commonground.bot.testing.FakeSlack;
import org.commonground.bot.testing.SlackCall;
import org.commonground.bot.testing.TestPaces;
import org.commonground.bot.testing.VisibleText;
import org.commonground.matching.MatchingEngine;
import org.commonground.storage.Stores;
import org.commonground.storage.members.OrganisationChoice;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.rounds.Deliveries;
import org.commonground.storage.rounds.DeliveryStatus;
import org.commonground.storage.rounds.Round;
import org.commonground.storage.rounds.RoundMember;
import org.commonground.storage.rounds.RoundStore;
import org.commonground.storage.tags.TagCatalogue;
import org.commonground.storage.teams.TeamsUser;
import org.commonground.storage.teams.TeamsUsers;
import org.commonground.storage.testing.ProfileDrafts;
import org.commonground.storage.testing.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A round whose members are on Slack and on Teams: each digest goes out once, on the member's own
 * platform, through the strict fake Slack and Bot Connector, with a real database between.
 */
class TeamsDigestDeliveryTest {

  private static final String BOT = "28:bot-app-id";
  private static final String TENANT = "7f0c5a8e-0000-4000-8000-000000000001";
  private static final String TOKEN = "connector-token";
  private static final String DIGEST_HEADING = "Your introductions for the week of";

  @RegisterExtension final TestDatabase db = TestDatabase.h2();

  private final Clock clock = Clock.systemUTC();
  private final FakeSlack slack = new FakeSlack();
  private final FakeBotConnector teams = new FakeBotConnector(TOKEN::equals);
  private final BotConnector connector =
      new BotConnector(new FixedToken(), HttpClient.newHttpClient(), TestPaces.teams());
  private final Map<String, Long> memberIds = new HashMap<>();
  private final Map<String, String> chats = new HashMap<>();

  @AfterEach
  void close() {
    slack.close();
    teams.close();
  }

  @Test
  void eachMemberGetsOneDigestOnTheirOwnPlatform() throws Exception {
    onSlack("U0ANN", 0);
    onTeams("cara", "Cara Jones", 0);
    onTeams("dev", "Dev Patel", 1);
    onTeams("eli", "Eli Novak", 1);
    onSlack("U0BEN", 2);
    Round round = plan();

    DigestDelivery.Report report = delivery().deliver(round);

    assertThat(report.sent()).isEqualTo(5);
    assertThat(report.left()).isZero();
    List<SlackCall> posts = slack.calls("chat.postMessage");
    assertThat(posts).extracting(p -> p.param("channel")).containsOnly("U0ANN", "U0BEN");
    assertThat(SlackCall.digestsPerDelivery(posts)).hasSize(2).containsValues(1L, 1L);
    for (String person : List.of("cara", "dev", "eli")) {
      assertThat(teams.activities(chats.get(person))).hasSize(1);
    }
    assertThat(card("cara")).contains(DIGEST_HEADING, PartnerNames.ON_SLACK);
    assertThat(card("dev")).contains(DIGEST_HEADING, "Eli Novak");
    assertThat(card("eli")).contains(DIGEST_HEADING, "Dev Patel");
    RoundMember dev = deliveryOf(round, "dev");
    assertThat(dev.status()).isEqualTo(DeliveryStatus.SENT);
    assertThat(dev.dmChannel()).isEqualTo(chats.get("dev"));
    assertThat(dev.messageTs())
        .isEqualTo(teams.activities(chats.get("dev")).get(0).get("id").getAsString());
  }

  @Test
  void aThrottledDigestWaitsOutRetryAfterAndArrivesOnce() throws Exception {
    onTeams("cara", "Cara Jones", 0);
    onSlack("U0ANN", 0);
    Round round = plan();
    teams.limitRate(1);
    // Cara's welcome has just used her chat's allowance, so her digest is throttled at first.
    assertThat(connector.send(teams.serviceUrl(), chats.get("cara"), NoticeCard.plain("Welcome")))
        .isInstanceOf(Outcome.Done.class);

    DigestDelivery.Report report = delivery().deliver(round);

    assertThat(teams.throttledCalls()).isEqualTo(1);
    assertThat(teams.callsTooSoon()).isZero();
    assertThat(report.sent()).isEqualTo(2);
    assertThat(teams.activities(chats.get("cara"))).hasSize(2);
    assertThat(card("cara")).contains(DIGEST_HEADING);
    assertThat(deliveryOf(round, "cara").status()).isEqualTo(DeliveryStatus.SENT);
  }

  @Test
  void aTeamsDigestClaimedByASenderThatDiedIsNotSentAgainAndShowsAsFailed() throws Exception {
    onTeams("cara", "Cara Jones", 0);
    onSlack("U0ANN", 0);
    Round round = plan();
    RoundMember cara = deliveryOf(round, "cara");
    Instant longAgo = clock.instant().minus(DigestDelivery.CLAIM_TIMEOUT).minusSeconds(60);
    assertThat(deliveries().claim(cara, longAgo)).isTrue();

    DigestDelivery.Report first = delivery().deliver(round);
    DigestDelivery.Report again = delivery().deliver(round);

    assertThat(sends()).isEmpty();
    assertThat(first.failed()).isEqualTo(1);
    assertThat(first.sent()).isEqualTo(1);
    assertThat(again.sent() + again.failed()).isZero();
    assertThat(deliveryOf(round, "cara").status()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(deliveryOf(round, "cara").lastError()).isEqualTo(DigestDelivery.UNCONFIRMED);
    assertThat(deliveries().counts(round.id()).failed()).isEqualTo(1);
    assertThat(SlackCall.digestsPerDelivery(slack.calls("chat.postMessage"))).hasSize(1);
  }

  @Test
  void aMemberWhoRemovedTheAppIsMarkedFailedForGoodAndNotRetried() throws Exception {
    onTeams("cara", "Cara Jones", 0);
    onSlack("U0ANN", 0);
    Round round = plan();
    teams.answerNext(
        ConnectorCall.Kind.SEND,
        FakeBotConnector.Answer.error(
            403, "BotNotInConversationRoster", "The bot is not part of the conversation roster."));

    DigestDelivery.Report first = delivery().deliver(round);
    DigestDelivery.Report again = delivery().deliver(round);

    assertThat(first.failed()).isEqualTo(1);
    assertThat(again.sent() + again.failed()).isZero();
    assertThat(sends()).hasSize(1);
    assertThat(teams.activities(chats.get("cara"))).isEmpty();
    RoundMember cara = deliveryOf(round, "cara");
    assertThat(cara.status()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(cara.lastError()).isEqualTo("BotNotInConversationRoster");
    assertThat(cara.attempts()).isEqualTo(1);
  }

  @Test
  void someoneKnownToHaveRemovedTheAppIsWrittenToOnNeitherPlatform() throws Exception {
    onTeams("cara", "Cara Jones", 0);
    onSlack("U0ANN", 0);
    Round round = plan();
    new TeamsUsers(jdbi(), clock).uninstalled(entraId("cara"));

    DigestDelivery.Report report = delivery().deliver(round);

    assertThat(report.failed()).isEqualTo(1);
    assertThat(sends()).isEmpty();
    assertThat(slack.calls("chat.postMessage"))
        .extracting(p -> p.param("channel"))
        .containsExactly("U0ANN");
    assertThat(deliveryOf(round, "cara").lastError()).isEqualTo(TeamsDigestChannel.APP_REMOVED);
  }

  private void onSlack(String userId, int tag) {
    introduce(userId, tag);
  }

  /** A member on Teams: installed for in the fake, their chat opened and stored. */
  private void onTeams(String person, String name, int tag) {
    String botUserId = "29:1" + person;
    teams.addUser(botUserId, entraId(person), name, person + "@example.org", TENANT);
    Outcome<String> opened = connector.openPersonalChat(teams.serviceUrl(), BOT, TENANT, botUserId);
    String chat = ((Outcome.Done<String>) opened).value();
    chats.put(person, chat);
    new TeamsUsers(jdbi(), clock)
        .remember(
            new TeamsUser(
                entraId(person),
                botUserId,
                TENANT,
                teams.serviceUrl(),
                chat,
                name,
                person + "@example.org",
                true));
    introduce(entraId(person), tag);
  }

  /** Members sharing a tag are matched; each is in an organisation of their own. */
  private void introduce(String userId, int tag) {
    int tagId = new TagCatalogue(jdbi(), clock).active().get(tag).id();
    long id =
        new ProfileStore(jdbi(), clock)
            .save(
                ProfileDrafts.draft(
                    userId,
                    new OrganisationChoice.New("Organisation of " + userId),
                    List.of(tagId)))
            .profile()
            .member()
            .id();
    memberIds.put(userId, id);
  }

  private Round plan() {
    return new RoundPlanner(
            new Stores(db.database(), clock),
            new MatchingEngine(),
            clock,
            () -> ProfileDrafts.NOTICE_VERSION)
        .roundFor(Week.containing(LocalDate.now(clock)));
  }

  private DigestDelivery delivery() {
    Settings settings =
        Settings.fromEnvironment(
            Map.of("SLACK_API_URL", slack.apiUrl(), "SLACK_BOT_TOKEN", "xoxb-test"));
    DigestChannels onSlack =
        SlackDigestChannel.forEveryone(
            SlackClients.slack(settings, new AppMetrics(), TestPaces.slack())
                .methods(settings.slackBotToken()));
    return new DigestDelivery(
        new Deliveries(jdbi()),
        new DigestComposer(
            new RoundStore(jdbi()),
            new TagCatalogue(jdbi(), clock),
            new ProfileStore(jdbi(), clock)),
        new TeamsDigestChannels(new TeamsUsers(jdbi(), clock), connector, onSlack),
        clock,
        new StopSignal());
  }

  private String card(String person) {
    return VisibleText.of(teams.lastCard("29:1" + person).toString());
  }

  private List<ConnectorCall> sends() {
    return teams.calls().stream().filter(c -> c.kind() == ConnectorCall.Kind.SEND).toList();
  }

  /** The digest delivery of a member on Teams. */
  private RoundMember deliveryOf(Round round, String person) {
    return new RoundStore(jdbi()).member(round.id(), memberIds.get(entraId(person))).orElseThrow();
  }

  private Deliveries deliveries() {
    return new Deliveries(jdbi());
  }

  private Jdbi jdbi() {
    return db.database().jdbi();
  }

  /** Stands for the person's Entra object id, which is their member user id on Teams. */
  private static String entraId(String person) {
    return "aad-" + person;
  }

  /** The connector's token, as the fake accepts it; nothing to renew in these tests. */
  private static final class FixedToken implements ConnectorCredentials {
    @Override
    public String bearer() {
      return TOKEN;
    }

    @Override
    public void forget() {}
  }
}
