package org.commonground.bot.core.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.slack.api.methods.MethodsClient;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonground.bot.config.Settings;
import org.commonground.bot.core.digest.DigestComposer;
import org.commonground.bot.core.digest.DigestDelivery;
import org.commonground.bot.core.home.MemberSettings;
import org.commonground.bot.core.programme.BreakAnnouncement;
import org.commonground.bot.core.programme.ProgrammeSource;
import org.commonground.bot.core.programme.RoundTimes;
import org.commonground.bot.metrics.AppMetrics;
import org.commonground.bot.schedule.Sleeper;
import org.commonground.bot.schedule.StopSignal;
import org.commonground.bot.slack.SlackClients;
import org.commonground.bot.slack.digest.SlackDigestChannel;
import org.commonground.bot.slack.rounds.SlackBreakNotices;
import org.commonground.bot.teams.connector.BotConnector;
import org.commonground.bot.teams.connector.ConnectorCredentials;
import org.commonground.bot.teams.connector.Outcome;
import org.commonground.bot.teams.digest.TeamsDigestChannels;
import org.commonground.bot.teams.notices.MixedBreakNotices;
import org.commonground.bot.testing.FakeBotConnector;
import org.commonground.bot.testing.FakeSlack;
import org.commonground.bot.testing.SlackCall;
import org.commonground.bot.testing.TestPaces;
import org.commonground.matching.MatchingEngine;
import org.commonground.storage.Stores;
import org.commonground.storage.members.OrganisationChoice;
import org.commonground.storage.teams.TeamsUser;
import org.commonground.storage.testing.MutableClock;
import org.commonground.storage.testing.ProfileDrafts;
import org.commonground.storage.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The weekly round's scheduled run in a network on Slack and Teams, through the strict fakes with a
 * real database: in a break it computes no round and tells each member why, once.
 */
class ScheduledRoundTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final String TENANT = "7f0c5a8e-0000-4000-8000-000000000001";
  private static final String TOKEN = "connector-token";
  private static final String CARA = "aad-cara";
  private static final String NOTICE =
      "No introductions this week: Christmas break. The next round is on Tuesday 5 January at"
          + " 10:00.";

  @RegisterExtension final TestDatabase db = TestDatabase.h2();

  // Tuesday 22 December 2026, 10:00 in London: a run of "Tuesdays at 10:00".
  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-22T10:00:00Z"));
  private final FakeSlack slack = new FakeSlack();
  private final FakeBotConnector teams = new FakeBotConnector(TOKEN::equals);
  private final BotConnector connector =
      new BotConnector(new FixedToken(), HttpClient.newHttpClient(), TestPaces.teams());
  private final List<Duration> waits = new ArrayList<>();
  private Stores stores;
  private String caraChat;

  @BeforeEach
  void setUp() {
    stores = new Stores(db.database(), clock);
    introduce("U0ANN", 0);
    introduce("U0BEN", 0);
    introduce("U0PAUSED", 0);
    stores.memberStatus().setPausedUntil("U0PAUSED", LocalDate.of(2027, 1, 10), clock.instant());
    caraChat = onTeams();
    introduce(CARA, 0);
  }

  @AfterEach
  void close() {
    slack.close();
    teams.close();
  }

  @Test
  void aRunInABreakComputesNoRoundAndTellsEachEligibleMemberOnceOnTheirOwnPlatform()
      throws Exception {
    christmas();

    scheduledRound(new StopSignal()).run();
    scheduledRound(new StopSignal()).run();
    scheduledRound(new StopSignal()).resume();

    assertThat(stores.rounds().latest()).isEmpty();
    assertThat(slack.calls("chat.postMessage"))
        .extracting(call -> call.param("channel"), call -> call.param("text"))
        .containsExactly(tuple("U0ANN", NOTICE), tuple("U0BEN", NOTICE));
    assertThat(teams.activities(caraChat))
        .singleElement()
        .extracting(activity -> activity.get("text").getAsString())
        .asString()
        .contains("No introductions this week: Christmas break.", "Tuesday 5 January at 10:00");
  }

  @Test
  void aRunOutsideABreakComputesTheRoundAsBefore() throws Exception {
    stores.programmeBreaks().add("U0CONVENOR", day(2027, 2, 1), day(2027, 2, 7), "Half term");

    scheduledRound(new StopSignal()).run();

    assertThat(stores.rounds().latest()).isPresent();
    assertThat(SlackCall.digestsPerDelivery(slack.calls("chat.postMessage"))).hasSize(2);
    assertThat(slack.calls("chat.postMessage"))
        .noneMatch(call -> call.param("text").contains("No introductions"));
  }

  @Test
  void aThrottledNoticeWaitsOutRetryAfterAndArrivesOnce() throws Exception {
    christmas();
    slack.answerNext("chat.postMessage", FakeSlack.Answer.rateLimited(3));

    scheduledRound(new StopSignal()).run();

    assertThat(waits).contains(Duration.ofSeconds(3));
    assertThat(slack.calls("chat.postMessage"))
        .extracting(call -> call.param("channel"))
        .containsExactly("U0ANN", "U0ANN", "U0BEN");
  }

  @Test
  void anAnnouncementAStopCutShortIsFinishedAfterTheRestartAndNobodyIsToldTwice() throws Exception {
    christmas();
    StopSignal stopping = new StopSignal();
    stopping.raise();
    scheduledRound(stopping).run();
    assertThat(slack.calls("chat.postMessage")).isEmpty();

    clock.advance(Duration.ofMinutes(5));
    scheduledRound(new StopSignal()).resume();
    clock.advance(Duration.ofDays(1));
    scheduledRound(new StopSignal()).resume();

    assertThat(slack.calls("chat.postMessage"))
        .extracting(call -> call.param("channel"))
        .containsExactly("U0ANN", "U0BEN");
    assertThat(teams.activities(caraChat)).hasSize(1);
  }

  private void christmas() {
    stores
        .programmeBreaks()
        .add("U0CONVENOR", day(2026, 12, 21), day(2027, 1, 3), "Christmas break");
  }

  /** The run as the app wires it, with the environment's "Tuesdays at 10:00". */
  private ScheduledRound scheduledRound(StopSignal stop) {
    ProgrammeSource programme =
        new ProgrammeSource(
            stores.savedSettings(),
            stores.programmeBreaks(),
            RoundTimes.fromEnvironment("0 0 10 * * TUE", LONDON),
            clock);
    Sleeper waited =
        wait -> {
          waits.add(wait);
          clock.advance(wait);
          return !stop.isRaised();
        };
    MethodsClient slackClient = slackClient(waited);
    BreakAnnouncement announcement =
        new BreakAnnouncement(
            stores.eligibility(() -> ProfileDrafts.NOTICE_VERSION),
            stores.sentMessages(),
            new MixedBreakNotices(
                new SlackBreakNotices(slackClient), stores.teamsUsers(), connector),
            stop);
    return new ScheduledRound(weeklyRound(stop, slackClient), programme, announcement, clock);
  }

  private WeeklyRound weeklyRound(StopSignal stop, MethodsClient slackClient) {
    DigestDelivery delivery =
        new DigestDelivery(
            stores.deliveries(),
            new DigestComposer(stores.rounds(), stores.tags(), stores.profiles()),
            new TeamsDigestChannels(
                stores.teamsUsers(), connector, SlackDigestChannel.forEveryone(slackClient)),
            clock,
            stop);
    AutoPause autoPause =
        new AutoPause(
            stores.autoPauses(),
            new MemberSettings(stores.memberStatus(), clock, LONDON),
            new NobodyIsSilent(),
            Runnable::run);
    return new WeeklyRound(
        stores.rounds(),
        stores.deliveries(),
        new RoundPlanner(stores, new MatchingEngine(), clock, () -> ProfileDrafts.NOTICE_VERSION),
        delivery,
        autoPause,
        LONDON,
        clock,
        new AppMetrics());
  }

  /** Slack's client, its pace waiting on {@code sleeper}. */
  private MethodsClient slackClient(Sleeper sleeper) {
    Settings settings =
        Settings.fromEnvironment(
            Map.of("SLACK_API_URL", slack.apiUrl(), "SLACK_BOT_TOKEN", "xoxb-test"));
    return SlackClients.slack(settings, new AppMetrics(), TestPaces.slack(clock, sleeper))
        .methods(settings.slackBotToken());
  }

  private void introduce(String userId, int tag) {
    int tagId = stores.tags().active().get(tag).id();
    stores
        .profiles()
        .save(
            ProfileDrafts.draft(
                userId, new OrganisationChoice.New("Organisation of " + userId), List.of(tagId)));
  }

  /** Cara, on Teams: installed for in the fake, her chat opened and stored. */
  private String onTeams() {
    String botUserId = "29:1cara";
    teams.addUser(botUserId, CARA, "Cara Jones", "cara@example.org", TENANT);
    Outcome<String> opened =
        connector.openPersonalChat(teams.serviceUrl(), "28:bot-app-id", TENANT, botUserId);
    String chat = ((Outcome.Done<String>) opened).value();
    stores
        .teamsUsers()
        .remember(
            new TeamsUser(
                CARA,
                botUserId,
                TENANT,
                teams.serviceUrl(),
                chat,
                "Cara Jones",
                "cara@example.org",
                true));
    return chat;
  }

  private static LocalDate day(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  /** Nobody has ignored three rounds here, so nobody is paused for it. */
  private static final class NobodyIsSilent implements AutoPauseNotices {
    @Override
    public void paused(String userId, Week week) {
      throw new AssertionError("nobody was silent");
    }

    @Override
    public void keptIn(String userId, long week, String notice) {
      throw new AssertionError("nobody was silent");
    }
  }

  /** The connector's token, as the fake accepts it. */
  private static final class FixedToken implements ConnectorCredentials {
    @Override
    public String bearer() {
      return TOKEN;
    }

    @Override
    public void forget() {}
  }
}
